using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Transport;

namespace Callhome.Fuzz.Targets
{
    /// <summary>The peer's identification lines (RFC 4253 §4.2), fed in two pieces split by the first byte.</summary>
    public static class IdentificationTarget
    {
        public static FuzzOutcome Run(byte[] input)
        {
            System.ArgumentNullException.ThrowIfNull(input);
            var limits = SshLimits.CreateDefault();
            var parser = new IdentificationParser(limits.MaxIdentificationLength, limits.MaxLinesBeforeVersion);
            int split = input.Length == 0 ? 0 : input[0] % input.Length;
            try
            {
                int used = parser.Feed(input, 0, split);
                if (!parser.IsComplete)
                {
                    used += parser.Feed(input, split, input.Length - split);
                }

                if (used > input.Length || (parser.IsComplete && parser.RawVersion.Length != parser.Version.Length))
                {
                    throw new System.InvalidOperationException("parser state inconsistent after " + used + " bytes");
                }

                return FuzzOutcome.Accepted;
            }
            catch (SshProtocolException)
            {
                return FuzzOutcome.ProtocolError;
            }
        }
    }
}
