using System;

namespace Callhome.AgentCore.Config
{
    /// <summary>
    /// The device's persistent settings, as the config store keeps them (the Ed25519 host key is not here:
    /// it stays in the HAL's IKeyStore). Mutable for building; <see cref="Validate"/> is the one definition
    /// of a valid configuration, applied before a save and after every load.
    /// </summary>
    public sealed class DeviceConfig
    {
        private static readonly ManagerEndpoint[] NoEndpoints = new ManagerEndpoint[0];

        public string DeviceName { get; set; } = "callhome-device";

        public ManagerEndpoint[] ManagerEndpoints { get; set; } = NoEndpoints;

        /// <summary>The manager's host key as OpenSSH prints it ("SHA256:" + 43 base64 characters); empty
        /// when no key is pinned yet.</summary>
        public string ManagerHostKeyFingerprint { get; set; } = string.Empty;

        public CallHomeMode Mode { get; set; } = CallHomeMode.Persistent;

        /// <summary>Periodic mode: seconds between calls.</summary>
        public int PeriodSeconds { get; set; } = 3600;

        /// <summary>Seconds without traffic before the device hangs up; 0 = never.</summary>
        public int IdleTimeoutSeconds { get; set; } = 300;

        /// <summary>Bounds of the exponential backoff between failed calls.</summary>
        public int ReconnectMinSeconds { get; set; } = 5;

        public int ReconnectMaxSeconds { get; set; } = 600;

        /// <summary>Which side of SSH the device takes once connected (see <see cref="CallHomeProtocol"/>).</summary>
        public CallHomeProtocol Protocol { get; set; } = CallHomeProtocol.Rfc8071;

        /// <summary>Turn mode: the login name the device uses on the manager's SSH server.</summary>
        public string ManagerUserName { get; set; } = "callhome";

        public static DeviceConfig FactoryDefaults()
        {
            return new DeviceConfig();
        }

        /// <returns>null when valid, else why not (names the field).</returns>
        public string? Validate()
        {
            if (!IsPrintable(DeviceName, 1, ConfigLimits.MaxDeviceNameLength, true))
            {
                return "DeviceName: 1-64 printable ASCII characters";
            }

            if (ManagerEndpoints == null || ManagerEndpoints.Length > ConfigLimits.MaxEndpoints)
            {
                return "ManagerEndpoints: at most 4";
            }

            for (int i = 0; i < ManagerEndpoints.Length; i++)
            {
                ManagerEndpoint endpoint = ManagerEndpoints[i];
                if (endpoint == null || !IsHost(endpoint.Host) || endpoint.Port < 1 || endpoint.Port > 65535)
                {
                    return "ManagerEndpoints[" + i.ToString() + "]: host of 1-253 printable characters, port 1-65535";
                }
            }

            if (!IsFingerprint(ManagerHostKeyFingerprint))
            {
                return "ManagerHostKeyFingerprint: empty or SHA256: and 43 base64 characters";
            }

            if (Mode != CallHomeMode.Persistent && Mode != CallHomeMode.Periodic)
            {
                return "Mode: persistent or periodic";
            }

            if (PeriodSeconds < ConfigLimits.MinPeriodSeconds || PeriodSeconds > ConfigLimits.MaxPeriodSeconds)
            {
                return "PeriodSeconds: 60 s to one week";
            }

            if (IdleTimeoutSeconds < 0 || IdleTimeoutSeconds > ConfigLimits.MaxIdleTimeoutSeconds)
            {
                return "IdleTimeoutSeconds: 0 (never) to one day";
            }

            if (ReconnectMinSeconds < 1 || ReconnectMaxSeconds < ReconnectMinSeconds || ReconnectMaxSeconds > ConfigLimits.MaxReconnectSeconds)
            {
                return "Reconnect: 1 <= min <= max <= one day";
            }

            if (Protocol != CallHomeProtocol.Rfc8071 && Protocol != CallHomeProtocol.Turn)
            {
                return "Protocol: rfc8071 or turn";
            }

            if (!IsUserName(ManagerUserName))
            {
                return "ManagerUserName: 1-32 characters of a-z, A-Z, 0-9, '.', '_', '-', not starting with '-'";
            }

            return null;
        }

        public DeviceConfig Copy()
        {
            var copy = (DeviceConfig)MemberwiseClone();
            copy.ManagerEndpoints = (ManagerEndpoint[])ManagerEndpoints.Clone();
            return copy;
        }

        public bool ContentEquals(DeviceConfig? other)
        {
            if (other == null || DeviceName != other.DeviceName || ManagerHostKeyFingerprint != other.ManagerHostKeyFingerprint
                || Mode != other.Mode || PeriodSeconds != other.PeriodSeconds || IdleTimeoutSeconds != other.IdleTimeoutSeconds
                || ReconnectMinSeconds != other.ReconnectMinSeconds || ReconnectMaxSeconds != other.ReconnectMaxSeconds
                || Protocol != other.Protocol || ManagerUserName != other.ManagerUserName
                || ManagerEndpoints.Length != other.ManagerEndpoints.Length)
            {
                return false;
            }

            for (int i = 0; i < ManagerEndpoints.Length; i++)
            {
                if (ManagerEndpoints[i].Host != other.ManagerEndpoints[i].Host || ManagerEndpoints[i].Port != other.ManagerEndpoints[i].Port)
                {
                    return false;
                }
            }

            return true;
        }

        internal static bool IsHost(string host)
        {
            return IsPrintable(host, 1, ConfigLimits.MaxHostLength, false);
        }

        internal static bool IsUserName(string name)
        {
            if (name == null || name.Length < 1 || name.Length > ConfigLimits.MaxUserNameLength || name[0] == '-')
            {
                return false;
            }

            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
                if (!allowed)
                {
                    return false;
                }
            }

            return true;
        }

        internal static bool IsFingerprint(string fingerprint)
        {
            if (fingerprint == null)
            {
                return false;
            }

            if (fingerprint.Length == 0)
            {
                return true;
            }

            if (fingerprint.Length != ConfigLimits.FingerprintLength || !fingerprint.StartsWith("SHA256:"))
            {
                return false;
            }

            for (int i = 7; i < fingerprint.Length; i++)
            {
                char c = fingerprint[i];
                bool base64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
                if (!base64)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsPrintable(string text, int min, int max, bool spaceAllowed)
        {
            if (text == null || text.Length < min || text.Length > max)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c > '~' || c < ' ' || (c == ' ' && !spaceAllowed))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
