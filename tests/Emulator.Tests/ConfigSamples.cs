using Callhome.AgentCore.Config;

namespace Callhome.Emulator.Tests
{
    /// <summary>Configurations differing in every field, so a loaded one is unambiguously one of them.</summary>
    internal static class ConfigSamples
    {
        public const int PageSize = 256;

        public static DeviceConfig Old()
        {
            return new DeviceConfig
            {
                DeviceName = "ups-basement-1",
                ManagerEndpoints = new[] { new ManagerEndpoint("mgr.example.net", 4334) },
                ManagerHostKeyFingerprint = "SHA256:" + new string('A', 43),
                Mode = CallHomeMode.Persistent,
                PeriodSeconds = 3600,
                IdleTimeoutSeconds = 300,
                ReconnectMinSeconds = 5,
                ReconnectMaxSeconds = 600,
            };
        }

        public static DeviceConfig New()
        {
            return new DeviceConfig
            {
                DeviceName = "pdu-rack-7",
                ManagerEndpoints = new[] { new ManagerEndpoint("2001:db8::10", 22), new ManagerEndpoint("backup.example.org", 830) },
                ManagerHostKeyFingerprint = "SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8",
                Mode = CallHomeMode.Periodic,
                PeriodSeconds = 900,
                IdleTimeoutSeconds = 60,
                ReconnectMinSeconds = 2,
                ReconnectMaxSeconds = 120,
            };
        }

        public static DeviceConfig Third()
        {
            DeviceConfig third = New();
            third.DeviceName = "after-the-reboot";
            return third;
        }
    }
}
