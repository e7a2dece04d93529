namespace Callhome.AgentCore.Netconf.Notifications
{
    /// <summary>A subscription's end of the stream: a NETCONF session with an active create-subscription.</summary>
    public interface INotificationSink
    {
        void Deliver(NetconfEvent netconfEvent);
    }
}
