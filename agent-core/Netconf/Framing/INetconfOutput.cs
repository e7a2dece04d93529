namespace Callhome.AgentCore.Netconf.Framing
{
    /// <summary>Where framed bytes go: an SSH channel on the device, a buffer in tests.</summary>
    public interface INetconfOutput
    {
        void Write(byte[] buffer, int offset, int count);
    }
}
