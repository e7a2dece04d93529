using System;

namespace Callhome.AgentCore.Config
{
    /// <summary>One manager the device may call: a host name or address literal, and a TCP port.</summary>
    public sealed class ManagerEndpoint
    {
        public ManagerEndpoint(string host, int port)
        {
            ArgumentNullException.ThrowIfNull(host);
            Host = host;
            Port = port;
        }

        public string Host { get; }

        public int Port { get; }

        /// <summary>"host:port", or "[v6-literal]:port" when the host contains a colon.</summary>
        public override string ToString()
        {
            return (Host.IndexOf(':') >= 0 ? "[" + Host + "]" : Host) + ":" + Port.ToString();
        }

        /// <summary>Parses the <see cref="ToString"/> form; false for anything else, including a bad port.</summary>
        public static bool TryParse(string text, out ManagerEndpoint? endpoint)
        {
            endpoint = null;
            if (text == null)
            {
                return false;
            }

            int colon = text.LastIndexOf(':');
            if (colon <= 0 || colon == text.Length - 1)
            {
                return false;
            }

            string host = text.Substring(0, colon);
            if (host.Length >= 2 && host[0] == '[' && host[host.Length - 1] == ']')
            {
                host = host.Substring(1, host.Length - 2);
            }
            else if (host.IndexOf(':') >= 0 || host.IndexOf('[') >= 0)
            {
                return false;
            }

            int port = 0;
            for (int i = colon + 1; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9' || port > 6553)
                {
                    return false;
                }

                port = (port * 10) + (c - '0');
            }

            if (port < 1 || port > 65535 || !DeviceConfig.IsHost(host))
            {
                return false;
            }

            endpoint = new ManagerEndpoint(host, port);
            return true;
        }
    }
}
