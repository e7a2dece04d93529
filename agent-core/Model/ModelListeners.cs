using System;
using System.Collections;

namespace Callhome.AgentCore.Model
{
    /// <summary>The listener list every model carries: a non-generic ArrayList, as nanoFramework has no generics.</summary>
    public sealed class ModelListeners
    {
        private readonly ArrayList listeners = new ArrayList();

        public void Add(IModelListener listener)
        {
            ArgumentNullException.ThrowIfNull(listener);
            listeners.Add(listener);
        }

        public void Remove(IModelListener listener)
        {
            listeners.Remove(listener);
        }

        public void Raise(object source, ModelEvent change, int index)
        {
            for (int i = 0; i < listeners.Count; i++)
            {
                ((IModelListener)listeners[i]!).OnModelEvent(source, change, index);
            }
        }
    }
}
