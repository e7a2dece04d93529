namespace Callhome.AgentCore.Ssh.Client
{
    /// <summary>
    /// The connected byte stream under a client: System.IO.Stream's blocking Read/Write/Close, as an interface
    /// so agent-core needs no System.IO.Streams reference on nanoFramework (tests/Ssh.Tests' StreamTransport
    /// adapts any Stream in three lines; a board adapts its socket the same way). Read returns 0 at end of stream; Close unblocks a
    /// pending Read or Write (which then throw IOException or ObjectDisposedException).
    /// </summary>
    public interface ISshTransport
    {
        int Read(byte[] buffer, int offset, int count);

        void Write(byte[] buffer, int offset, int count);

        void Close();
    }
}
