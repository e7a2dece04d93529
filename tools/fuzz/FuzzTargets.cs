using System;
using Callhome.Fuzz.Targets;

namespace Callhome.Fuzz
{
    /// <summary>How a target's run ended. Anything else (an exception escaping the target) is a crash.</summary>
    public enum FuzzOutcome
    {
        /// <summary>The input was consumed without a protocol error (possibly waiting for more bytes).</summary>
        Accepted,

        /// <summary>The input was refused with SshProtocolException / SshFormatException or a DISCONNECT.</summary>
        ProtocolError,
    }

    public delegate FuzzOutcome FuzzTarget(byte[] input);

    /// <summary>The fuzz targets by name: one per entry point of the engine that takes peer bytes.</summary>
    public static class FuzzTargets
    {
        public static readonly string[] Names =
        {
            "identification",
            "packet-none",
            "packet-chacha",
            "packet-aes",
            "client-session",
            "server-session",
            "messages-client",
            "messages-server",
        };

        public static FuzzTarget Find(string name)
        {
            return name switch
            {
                "identification" => IdentificationTarget.Run,
                "packet-none" => PacketTargets.RunNone,
                "packet-chacha" => PacketTargets.RunChaCha,
                "packet-aes" => PacketTargets.RunAes,
                "client-session" => SessionTargets.RunClient,
                "server-session" => SessionTargets.RunServer,
                "messages-client" => MessageTargets.RunClient,
                "messages-server" => MessageTargets.RunServer,
                _ => throw new ArgumentException("unknown target '" + name + "' (targets: " + string.Join(", ", Names) + ")"),
            };
        }
    }
}
