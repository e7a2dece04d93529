using System;
using System.Collections.Generic;

namespace Callhome.Firmware.Native
{
    /// <summary>A command word followed by --name value options; nothing else, so a typo is an error.</summary>
    public sealed class CommandLine
    {
        public const string Usage =
            "usage: callhome-agent boot|run|selftest|keygen|sign [--board emulator|linux] [--state DIR] [--crypto bouncycastle] [--hex HEX] [--console-link PATH]";

        private static readonly string[] Known = { "board", "state", "crypto", "hex", "console-link" };
        private readonly Dictionary<string, string> options;

        private CommandLine(string command, Dictionary<string, string> options)
        {
            Command = command;
            this.options = options;
        }

        public string Command { get; }

        public static CommandLine Parse(string[] args)
        {
            ArgumentNullException.ThrowIfNull(args);
            if (args.Length == 0)
            {
                throw new ArgumentException("no command given");
            }

            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 1; i < args.Length; i += 2)
            {
                string name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : string.Empty;
                if (Array.IndexOf(Known, name) < 0)
                {
                    throw new ArgumentException("unknown option '" + args[i] + "'");
                }

                if (i + 1 >= args.Length)
                {
                    throw new ArgumentException("option '" + args[i] + "' needs a value");
                }

                options[name] = args[i + 1];
            }

            return new CommandLine(args[0], options);
        }

        public string Get(string name, string fallback) => options.TryGetValue(name, out string? value) ? value : fallback;

        public string Require(string name) =>
            options.TryGetValue(name, out string? value) ? value : throw new ArgumentException("--" + name + " is required for " + Command);
    }
}
