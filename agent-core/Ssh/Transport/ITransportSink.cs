namespace Callhome.AgentCore.Ssh.Transport
{
    /// <summary>How the layers inside the session (key exchange, authentication) queue one payload as a packet,
    /// bypassing the hold that ISshMessageSender applies during key exchange.</summary>
    internal interface ITransportSink
    {
        void SendPayload(byte[] payload, int offset, int count);
    }
}
