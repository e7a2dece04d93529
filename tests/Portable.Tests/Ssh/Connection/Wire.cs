using System;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Ssh.Transport;
using Callhome.AgentCore.Ssh.Wire;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Ssh.Connection
{
    /// <summary>Writes one message with the given writer call.</summary>
    internal delegate void WriteMessage(ref SshWriter writer);

    /// <summary>Byte-level helpers of the connection tests.</summary>
    internal static class Wire
    {
        /// <summary>Hex with spaces between fields (as the tests write RFC layouts) to bytes.</summary>
        public static byte[] Bytes(string spacedHex)
        {
            char[] digits = new char[spacedHex.Length];
            int count = 0;
            for (int i = 0; i < spacedHex.Length; i++)
            {
                if (spacedHex[i] != ' ')
                {
                    digits[count++] = spacedHex[i];
                }
            }

            return Hex.Decode(new string(digits, 0, count));
        }

        public static string Compact(string spacedHex)
        {
            return Hex.Encode(Bytes(spacedHex));
        }

        /// <summary>The bytes one Write call produces.</summary>
        public static byte[] Written(WriteMessage write)
        {
            byte[] buffer = new byte[4096];
            SshWriter writer = new SshWriter(buffer, 0);
            write(ref writer);
            byte[] message = new byte[writer.Length];
            Array.Copy(buffer, 0, message, 0, writer.Length);
            return message;
        }

        public static void AssertWritten(string spacedHex, WriteMessage write, string what)
        {
            Assert.AreEqual(Compact(spacedHex), Hex.Encode(Written(write)), what);
        }

        /// <summary>The action throws SshProtocolException with RFC 4253 §11.1 PROTOCOL_ERROR (2).</summary>
        public static void ExpectProtocolError(Action action, string what)
        {
            string outcome = "(nothing thrown)";
            try
            {
                action();
            }
            catch (SshProtocolException e)
            {
                outcome = "reason " + (int)e.Reason;
            }

            Assert.AreEqual("reason 2", outcome, what);
        }

        /// <summary>Hands the spaced-hex message to the service; it must raise PROTOCOL_ERROR.</summary>
        public static void ExpectProtocolError(Callhome.AgentCore.Ssh.Connection.ConnectionService service, string spacedHex, string what)
        {
            byte[] message = Bytes(spacedHex);
            ExpectProtocolError(() => service.HandleMessage(message, 0, message.Length), what);
        }
    }
}
