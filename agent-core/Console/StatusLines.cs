using System.Collections;

namespace Callhome.AgentCore.Console
{
    /// <summary>Text lines collected for the console or a log (non-generic: ArrayList of string).</summary>
    public sealed class StatusLines
    {
        private readonly ArrayList lines = new ArrayList();

        public int Count => lines.Count;

        public string this[int index] => (string)lines[index]!;

        public void Add(string line)
        {
            lines.Add(line);
        }

        public void Clear()
        {
            lines.Clear();
        }

        /// <summary>Tenths as text: 123 → "12.3", -5 → "-0.5".</summary>
        public static string Tenths(int value)
        {
            long magnitude = value < 0 ? -(long)value : value;
            string text = (magnitude / 10).ToString() + "." + (magnitude % 10).ToString();
            return value < 0 ? "-" + text : text;
        }
    }
}
