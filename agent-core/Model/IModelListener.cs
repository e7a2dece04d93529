namespace Callhome.AgentCore.Model
{
    /// <summary>Receives model changes. Called on the poller's thread; keep it short (queue, don't send).</summary>
    public interface IModelListener
    {
        /// <param name="source">the model that changed.</param>
        /// <param name="index">the outlet or supply concerned, or −1 for the device as a whole.</param>
        void OnModelEvent(object source, ModelEvent change, int index);
    }
}
