using System.Collections;
using Callhome.AgentCore.Model;

namespace Callhome.Portable.Tests.Model
{
    /// <summary>Records model events as "Event:index" strings.</summary>
    internal sealed class EventLog : IModelListener
    {
        public ArrayList Entries { get; } = new ArrayList();

        public void OnModelEvent(object source, ModelEvent change, int index)
        {
            Entries.Add(Name(change) + ":" + index.ToString());
        }

        public bool Contains(ModelEvent change, int index)
        {
            return Entries.Contains(Name(change) + ":" + index.ToString());
        }

        public int Count(ModelEvent change)
        {
            int n = 0;
            string prefix = Name(change) + ":";
            for (int i = 0; i < Entries.Count; i++)
            {
                if (((string)Entries[i]!).StartsWith(prefix))
                {
                    n++;
                }
            }

            return n;
        }

        private static string Name(ModelEvent change)
        {
            return ((int)change).ToString();
        }
    }
}
