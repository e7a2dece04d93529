using Callhome.AgentCore.Config;

namespace Callhome.AgentCore.Console
{
    /// <summary>
    /// The console's `set` for how the device calls home: protocol, connection type, timers, backoff and the
    /// login name used in turn mode. Each edit is applied to a copy and kept only if the whole configuration
    /// still validates, so a refused value changes nothing.
    /// </summary>
    internal static class CallHomeSettings
    {
        public const string Usage = "set protocol rfc8071|turn | set mode persistent|periodic | set period SECONDS"
            + " | set idle-timeout SECONDS | set reconnect MIN-MAX | set manager-user NAME";

        public static bool Knows(string setting)
        {
            return setting == "protocol" || setting == "mode" || setting == "period" || setting == "idle-timeout"
                || setting == "reconnect" || setting == "manager-user";
        }

        /// <summary>Applies `set SETTING VALUE` to candidate.</summary>
        /// <returns>null when applied, else the console error text (candidate then is not to be used).</returns>
        public static string? Apply(DeviceConfig candidate, string setting, string value)
        {
            switch (setting)
            {
                case "protocol":
                    if (value == "rfc8071")
                    {
                        candidate.Protocol = CallHomeProtocol.Rfc8071;
                    }
                    else if (value == "turn")
                    {
                        candidate.Protocol = CallHomeProtocol.Turn;
                    }
                    else
                    {
                        return "protocol is rfc8071 (the manager is the SSH client) or turn (the device is)";
                    }

                    break;
                case "mode":
                    if (value == "persistent")
                    {
                        candidate.Mode = CallHomeMode.Persistent;
                    }
                    else if (value == "periodic")
                    {
                        candidate.Mode = CallHomeMode.Periodic;
                    }
                    else
                    {
                        return "mode is persistent or periodic";
                    }

                    break;
                case "period":
                    candidate.PeriodSeconds = Seconds(value);
                    break;
                case "idle-timeout":
                    candidate.IdleTimeoutSeconds = Seconds(value);
                    break;
                case "reconnect":
                    int dash = value.IndexOf('-');
                    if (dash < 1)
                    {
                        return "reconnect is MIN-MAX in seconds, e.g. 5-600";
                    }

                    candidate.ReconnectMinSeconds = Seconds(value.Substring(0, dash));
                    candidate.ReconnectMaxSeconds = Seconds(value.Substring(dash + 1));
                    break;
                default:
                    candidate.ManagerUserName = value;
                    break;
            }

            return candidate.Validate();
        }

        /// <summary>The setting as `show` prints it.</summary>
        public static string ProtocolText(CallHomeProtocol protocol)
        {
            return protocol == CallHomeProtocol.Turn ? "turn" : "rfc8071";
        }

        /// <summary>Decimal digits only; anything else (or too long) becomes -1, which Validate refuses.</summary>
        private static int Seconds(string text)
        {
            if (text.Length == 0 || text.Length > 9)
            {
                return -1;
            }

            int value = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }
    }
}
