using System.Collections.Generic;
using Callhome.AgentCore.Model;

namespace Callhome.Emulator.Tests.Model
{
    public sealed class RecordingListener : IModelListener
    {
        public List<string> Events { get; } = new List<string>();

        public void OnModelEvent(object source, ModelEvent change, int index) => Events.Add(change + ":" + index);
    }
}
