using Callhome.AgentCore.Ssh.Client;

namespace Callhome.AgentCore.CallHome
{
    /// <summary>Opens the TCP connection to a manager endpoint: the board's network stack (sockets on Linux and
    /// nanoFramework, a loopback in tests).</summary>
    public interface IManagerDialer
    {
        /// <returns>the connected stream, or null with <paramref name="failure"/> saying why (refused, unreachable,
        /// name not resolved, timed out).</returns>
        ISshTransport? Dial(string host, int port, int timeoutMilliseconds, out string failure);
    }
}
