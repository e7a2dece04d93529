namespace Callhome.AgentCore.Ssh
{
    /// <summary>
    /// How a layer above the transport (authentication, connection) sends one SSH message: the payload's first
    /// byte is the message number (RFC 4250 §4.1). The transport encrypts and queues messages in call order.
    /// </summary>
    public interface ISshMessageSender
    {
        /// <summary>The largest payload one message may carry under the current limits.</summary>
        int MaxPayloadLength { get; }

        void SendMessage(byte[] payload, int offset, int count);
    }
}
