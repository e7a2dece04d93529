namespace Callhome.AgentCore.Ssh.Connection
{
    /// <summary>
    /// The names of our want-reply requests awaiting an answer, oldest first: RFC 4254 §4 and §5.4 answer
    /// requests in order without naming them. Fixed capacity (our limit), so a peer that never answers
    /// cannot make us grow.
    /// </summary>
    internal sealed class RequestQueue
    {
        private readonly string[] names;
        private int head;
        private int count;

        public RequestQueue(int capacity)
        {
            names = new string[capacity];
        }

        public int Count
        {
            get { return count; }
        }

        public bool IsFull
        {
            get { return count == names.Length; }
        }

        public void Enqueue(string name)
        {
            names[(head + count) % names.Length] = name;
            count++;
        }

        /// <summary>The oldest name, or null when nothing is pending.</summary>
        public string? Dequeue()
        {
            if (count == 0)
            {
                return null;
            }

            string name = names[head];
            names[head] = string.Empty;
            head = (head + 1) % names.Length;
            count--;
            return name;
        }
    }
}
