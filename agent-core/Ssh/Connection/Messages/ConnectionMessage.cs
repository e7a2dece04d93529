using System;
using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>
    /// What the RFC 4254 message classes share: the message-number range of the connection protocol
    /// (RFC 4250 §4.1.2: 80-127, of which RFC 4254 uses 80-100) and opening a reader on one payload.
    /// </summary>
    public static class ConnectionMessage
    {
        public const byte FirstNumber = 80;
        public const byte LastNumber = 100;

        /// <summary>Shared zero-length array for empty type-specific data.</summary>
        public static readonly byte[] NoData = new byte[0];

        public static bool IsConnectionMessage(byte number)
        {
            return number >= FirstNumber && number <= LastNumber;
        }

        /// <summary>A reader positioned after the message number, which must be <paramref name="number"/>
        /// (the dispatcher chose the class by it, so a mismatch is a caller bug, not peer input).</summary>
        public static SshReader Open(byte[] payload, int offset, int count, byte number)
        {
            SshReader reader = new SshReader(payload, offset, count);
            if (count < 1 || payload[offset] != number)
            {
                throw new ArgumentException("payload is not message " + number, nameof(payload));
            }

            reader.Skip(1);
            return reader;
        }
    }
}
