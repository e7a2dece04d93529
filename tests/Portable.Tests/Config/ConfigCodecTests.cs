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
            Assert.AreEqual(Name + Endpoint + Tail, Hex.Encode(buffer, 1, length));
        }

        [TestMethod]
        public void DecodesWhatItEncodes()
        {
            DeviceConfig config = Small();
            config.ManagerHostKeyFingerprint = "SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8";
            config.Mode = CallHomeMode.Periodic;
            byte[] buffer = new byte[ConfigLimits.MaxPayloadBytes];
            int length = ConfigCodec.Encode(config, buffer, 0, buffer.Length);
            Assert.IsTrue(ConfigCodec.TryDecode(buffer, 0, length, out DeviceConfig? decoded, out string? error), error ?? string.Empty);
            Assert.IsTrue(config.ContentEquals(decoded));
        }

        [TestMethod]
        public void SkipsAnOptionalTagItDoesNotKnow()
        {
            byte[] payload = Hex.Decode(Name + "9a0002beef" + Tail);
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
