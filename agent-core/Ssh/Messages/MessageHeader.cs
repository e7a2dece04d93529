using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Messages
{
    /// <summary>Checks the message number byte every decoder starts with.</summary>
    internal static class MessageHeader
    {
        public static void Expect(ref SshReader reader, byte number)
        {
            byte actual = reader.ReadByte();
            if (actual != number)
            {
                throw new SshFormatException("expected message " + number + ", got " + actual);
            }
        }
    }
}
