using Callhome.AgentCore.Config;
using Callhome.AgentCore.Crypto;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Config
{
    /// <summary>The stored payload format, byte for byte, and every way a payload can be malformed.</summary>
    [TestClass]
    public class ConfigCodecTests
    {
        private const string Name = "010004" + "75707331";             // DeviceName "ups1"
        private const string Endpoint = "020003" + "0016" + "6d";      // port 22, host "m"
        private const string Tail = "040001" + "00"                  // Persistent
            + Numbers;

        private const string Numbers = "050004" + "00000e10"         // period 3600
            + "060004" + "0000012c"                                    // idle 300
            + "070004" + "00000005"                                    // reconnect min 5
            + "080004" + "00000258";                                   // reconnect max 600

        private const string Optional = "810001" + "00"              // protocol rfc8071
            + "820008" + "63616c6c686f6d65";                           // manager user "callhome"

        private static DeviceConfig Small()
        {
            var config = new DeviceConfig();
            config.DeviceName = "ups1";
            config.ManagerEndpoints = new ManagerEndpoint[] { new ManagerEndpoint("m", 22) };
            return config;
        }

        [TestMethod]
        public void EncodesTagLengthValueFields()
        {
            byte[] buffer = new byte[ConfigLimits.MaxPayloadBytes + 1];
            int length = ConfigCodec.Encode(Small(), buffer, 1, ConfigLimits.MaxPayloadBytes);
            Assert.AreEqual(Name + Endpoint + Tail + Optional, Hex.Encode(buffer, 1, length));
        }

        [TestMethod]
        public void DecodesWhatItEncodes()
        {
            DeviceConfig config = Small();
            config.ManagerHostKeyFingerprint = "SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8";
            config.Mode = CallHomeMode.Periodic;
            config.Protocol = CallHomeProtocol.Turn;
            config.ManagerUserName = "ops_mgr-2";
            byte[] buffer = new byte[ConfigLimits.MaxPayloadBytes];
            int length = ConfigCodec.Encode(config, buffer, 0, buffer.Length);
            Assert.IsTrue(ConfigCodec.TryDecode(buffer, 0, length, out DeviceConfig? decoded, out string? error), error ?? string.Empty);
            Assert.IsTrue(config.ContentEquals(decoded));
        }

        [TestMethod]
        public void ReadsTheOptionalFieldsAndDefaultsThemWhenAbsent()
        {
            byte[] payload = Hex.Decode(Name + Tail + "810001" + "01" + "820003" + "6f7073");
            Assert.IsTrue(ConfigCodec.TryDecode(payload, 0, payload.Length, out DeviceConfig? turn, out string? error), error ?? string.Empty);
            Assert.AreEqual((int)CallHomeProtocol.Turn, (int)turn!.Protocol);
            Assert.AreEqual("ops", turn.ManagerUserName);

            // Written by a firmware from before these fields: the defaults apply.
            payload = Hex.Decode(Name + Tail);
            Assert.IsTrue(ConfigCodec.TryDecode(payload, 0, payload.Length, out DeviceConfig? older, out error), error ?? string.Empty);
            Assert.AreEqual((int)CallHomeProtocol.Rfc8071, (int)older!.Protocol);
            Assert.AreEqual("callhome", older.ManagerUserName);
        }

        [TestMethod]
        public void SkipsAnOptionalTagItDoesNotKnow()
        {
            byte[] payload = Hex.Decode(Name + "fa0002beef" + Tail);
            Assert.IsTrue(ConfigCodec.TryDecode(payload, 0, payload.Length, out DeviceConfig? decoded, out string? error), error ?? string.Empty);
            Assert.AreEqual("ups1", decoded!.DeviceName);
        }

        [TestMethod]
        [DataRow("truncated header", Name + Tail + "01", "truncated field header")]
        [DataRow("length overruns", Name + Tail + "090010" + "00", "field length 16 overruns")]
        [DataRow("unknown critical tag", Name + "090000" + Tail, "unknown critical tag 9")]
        [DataRow("repeated tag", Name + Name + Tail, "tag 1 repeated")]
        [DataRow("missing field", Name + "040001" + "00", "a required field is missing")]
        [DataRow("number of 3 bytes", Name + "050003" + "000e10" + Tail, "tag 5 must be 4 bytes")]
        [DataRow("control character", "010002" + "410a" + Tail, "tag 1 is not printable ASCII")]
        [DataRow("endpoint without host", Name + "020002" + "0016" + Tail, "too many endpoints, or one too short")]
        [DataRow("undefined mode", Name + "040001" + "07" + Numbers, "Mode: persistent or periodic")]
        [DataRow("port zero", Name + "020003" + "0000" + "6d" + Tail, "ManagerEndpoints[0]: host of 1-253 printable characters, port 1-65535")]
        [DataRow("empty", "", "a required field is missing")]
        [DataRow("undefined protocol", Name + "810001" + "07" + Tail, "Protocol: rfc8071 or turn")]
        [DataRow("protocol of 2 bytes", Name + "810002" + "0001" + Tail, "protocol must be 1 byte")]
        [DataRow("user name with a leading dash", Name + "820002" + "2d61" + Tail, "ManagerUserName: 1-32 characters")]
        [DataRow("user name with a space", Name + "820003" + "612062" + Tail, "ManagerUserName: 1-32 characters")]
        public void RejectsAMalformedPayloadWithAReason(string what, string hex, string reason)
        {
            byte[] payload = Hex.Decode(hex);
            Assert.IsFalse(ConfigCodec.TryDecode(payload, 0, payload.Length, out DeviceConfig? decoded, out string? error), what);
            Assert.IsNull(decoded, what);
            Assert.IsTrue(error != null && error.StartsWith(reason), what + ": " + error);
        }

        [TestMethod]
        public void RefusesToEncodeAnInvalidConfig()
        {
            DeviceConfig config = Small();
            config.DeviceName = string.Empty;
            Assert.ThrowsException(typeof(System.ArgumentException), () => ConfigCodec.Encode(config, new byte[64], 0, 64));
        }
    }
}
