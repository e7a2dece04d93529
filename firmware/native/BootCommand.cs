using System;
using System.IO;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.Boards.Emulator;
using Callhome.Hal;

namespace Callhome.Firmware.Native
{
    /// <summary>
    /// The scripted boot the main job shows: bring up the board's HAL, check the clocks and the entropy source,
    /// run the crypto self-test, load or create the device identity and prove it signs. Each step prints what
    /// it did. Later issues continue from here into provisioning and calling home.
    /// </summary>
    public static class BootCommand
    {
        public static int Run(CommandLine line, TextWriter output)
        {
            string boardName = line.Get("board", "emulator");
            if (boardName != "emulator")
            {
                throw new ArgumentException("only --board emulator is scripted so far");
            }

            var board = new EmulatedBoard("ups", line.Require("state"));
            output.WriteLine("[boot] board: emulated " + board.Model + " controller, state in " + board.StateDirectory);

            long start = board.Clock.ElapsedMilliseconds;
            output.WriteLine("[boot] monotonic clock: " + start + " ms since power-up");
            output.WriteLine(board.RealTimeClock.TryGetUtcNow(out DateTime now)
                ? "[boot] real-time clock: " + now.ToString("u")
                : "[boot] real-time clock: unsynchronised (no backup battery); timestamps say so until the manager sets it");

            if (!EntropyLooksAlive(board.Entropy))
            {
                output.WriteLine("[boot] entropy: FAILED (two draws were equal); refusing to create keys");
                return 1;
            }

            output.WriteLine("[boot] entropy: hardware source answered, two 32-byte draws differ");

            ICryptoSuite suite = CryptoBackends.FromCommandLine(line, board.Entropy);
            output.WriteLine("[boot] crypto: " + suite.Name + " backend, running known-answer self-test");
            if (SelfTestCommand.RunOn(suite, output) != 0)
            {
                output.WriteLine("[boot] crypto self-test failed; halting");
                return 1;
            }

            using DeviceIdentity identity = DeviceIdentity.LoadOrCreate(board.KeyStore, suite);
            byte[] blob = identity.PublicKeyBlob();
            output.WriteLine("[boot] identity: " + (identity.Created ? "generated a new" : "loaded the") + " Ed25519 device key (slot " + DeviceIdentity.KeySlot + ")");
            output.WriteLine("[boot] identity: " + SshPublicKeyFormat.AuthorizedKeysLine(blob, "callhome-device"));
            output.WriteLine("[boot] identity: fingerprint " + SshPublicKeyFormat.Sha256Fingerprint(blob, suite));

            if (!ProveKey(identity, suite, board.Entropy))
            {
                output.WriteLine("[boot] identity: signature check FAILED; halting");
                return 1;
            }

            output.WriteLine("[boot] identity: signed a fresh challenge and verified it with the public key");
            output.WriteLine("[boot] manager: none provisioned yet (serial provisioning comes next); halting after "
                + (board.Clock.ElapsedMilliseconds - start) + " ms");
            return 0;
        }

        private static bool EntropyLooksAlive(IEntropySource entropy)
        {
            byte[] first = new byte[32];
            byte[] second = new byte[32];
            entropy.GetBytes(first, 0, 32);
            entropy.GetBytes(second, 0, 32);
            return !ConstantTime.AreEqual(first, 0, second, 0, 32);
        }

        private static bool ProveKey(DeviceIdentity identity, ICryptoSuite suite, IEntropySource entropy)
        {
            byte[] challenge = new byte[32];
            entropy.GetBytes(challenge, 0, challenge.Length);
            byte[] signature = new byte[DeviceIdentity.SignatureLength];
            identity.Sign(challenge, 0, challenge.Length, signature, 0);
            byte[] publicKey = new byte[DeviceIdentity.PublicKeyLength];
            identity.CopyPublicKey(publicKey, 0);
            return suite.Ed25519Verify(publicKey, 0, challenge, 0, challenge.Length, signature, 0);
        }
    }
}
