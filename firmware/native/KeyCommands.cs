using System;
using System.IO;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.Boards.Linux;

namespace Callhome.Firmware.Native
{
    /// <summary>Device key commands used at enrolment: print the public key, prove possession by signing.</summary>
    public static class KeyCommands
    {
        public static int Keygen(CommandLine line, TextWriter output)
        {
            ICryptoSuite suite = CryptoBackends.FromCommandLine(line, new GetRandomEntropySource());
            using DeviceIdentity identity = Open(line, suite);
            byte[] blob = identity.PublicKeyBlob();
            output.WriteLine((identity.Created ? "created" : "loaded") + " device key in slot " + DeviceIdentity.KeySlot);
            output.WriteLine(SshPublicKeyFormat.AuthorizedKeysLine(blob, "callhome-device"));
            output.WriteLine(SshPublicKeyFormat.Sha256Fingerprint(blob, suite));
            return 0;
        }

        public static int Sign(CommandLine line, TextWriter output)
        {
            ICryptoSuite suite = CryptoBackends.FromCommandLine(line, new GetRandomEntropySource());
            byte[] message;
            try
            {
                message = Convert.FromHexString(line.Require("hex"));
            }
            catch (FormatException)
            {
                throw new ArgumentException("--hex must be an even number of hex digits");
            }

            using DeviceIdentity identity = Open(line, suite);
            byte[] signature = new byte[DeviceIdentity.SignatureLength];
            identity.Sign(message, 0, message.Length, signature, 0);
            output.WriteLine(Convert.ToHexStringLower(signature));
            return 0;
        }

        private static DeviceIdentity Open(CommandLine line, ICryptoSuite suite)
        {
            string state = line.Require("state");
            return DeviceIdentity.LoadOrCreate(new DirectoryKeyStore(Path.Combine(state, "keys")), suite);
        }
    }
}
