using Callhome.AgentCore.Config;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Config
{
    [TestClass]
    public class DeviceConfigTests
    {
        [TestMethod]
        public void FactoryDefaultsAreValidAndPinNoKey()
        {
            DeviceConfig defaults = DeviceConfig.FactoryDefaults();
            Assert.IsNull(defaults.Validate());
            Assert.AreEqual(string.Empty, defaults.ManagerHostKeyFingerprint);
            Assert.AreEqual(0, defaults.ManagerEndpoints.Length);
        }

        [TestMethod]
        [DataRow("SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8", true)]
        [DataRow("", true)]
        [DataRow("SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY", false)]
        [DataRow("SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8=", false)]
        [DataRow("MD5:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8abc", false)]
        [DataRow("SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5S-8", false)]
        public void AcceptsOnlyOpenSshSha256Fingerprints(string fingerprint, bool valid)
        {
            var config = new DeviceConfig();
            config.ManagerHostKeyFingerprint = fingerprint;
            Assert.AreEqual(valid, config.Validate() == null, fingerprint);
        }

        [TestMethod]
        public void RejectsOutOfRangeCallHomeParameters()
        {
            var config = new DeviceConfig();
            config.PeriodSeconds = 59;
            Assert.IsNotNull(config.Validate(), "period under a minute");
            config = new DeviceConfig();
            config.ReconnectMinSeconds = 700;
            Assert.IsNotNull(config.Validate(), "backoff minimum above its maximum");
            config = new DeviceConfig();
            config.IdleTimeoutSeconds = -1;
            Assert.IsNotNull(config.Validate(), "negative idle timeout");
            config = new DeviceConfig();
            config.ManagerEndpoints = new ManagerEndpoint[5];
            for (int i = 0; i < 5; i++)
            {
                config.ManagerEndpoints[i] = new ManagerEndpoint("m", 22);
            }

            Assert.IsNotNull(config.Validate(), "five endpoints");
        }

        [TestMethod]
        public void CopyIsIndependent()
        {
            var config = new DeviceConfig();
            config.ManagerEndpoints = new ManagerEndpoint[] { new ManagerEndpoint("a", 1) };
            DeviceConfig copy = config.Copy();
            copy.ManagerEndpoints[0] = new ManagerEndpoint("b", 2);
            copy.DeviceName = "other";
            Assert.AreEqual("a", config.ManagerEndpoints[0].Host);
            Assert.AreEqual("callhome-device", config.DeviceName);
            Assert.IsFalse(config.ContentEquals(copy));
        }

        [TestMethod]
        [DataRow("mgr.example.net:4334", "mgr.example.net", 4334)]
        [DataRow("[2001:db8::1]:22", "2001:db8::1", 22)]
        [DataRow("10.0.0.1:65535", "10.0.0.1", 65535)]
        public void ParsesHostPort(string text, string host, int port)
        {
            Assert.IsTrue(ManagerEndpoint.TryParse(text, out ManagerEndpoint? endpoint));
            Assert.AreEqual(host, endpoint!.Host);
            Assert.AreEqual(port, endpoint.Port);
            Assert.AreEqual(text, endpoint.ToString());
        }

        [TestMethod]
        [DataRow("mgr.example.net")]
        [DataRow("mgr.example.net:")]
        [DataRow(":22")]
        [DataRow("mgr:0")]
        [DataRow("mgr:65536")]
        [DataRow("mgr:99999999999")]
        [DataRow("2001:db8::1:22")]
        [DataRow("mgr:2x")]
        [DataRow("bad host:22")]
        public void RejectsAnythingButHostPort(string text)
        {
            Assert.IsFalse(ManagerEndpoint.TryParse(text, out ManagerEndpoint? endpoint), text);
            Assert.IsNull(endpoint);
        }
    }
}
