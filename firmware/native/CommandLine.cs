using System;
using System.Collections.Generic;

namespace Callhome.Firmware.Native
{
    /// <summary>A command word followed by --name value options; nothing else, so a typo is an error.
    /// Only --device may be given more than once.</summary>
    public sealed class CommandLine
    {
        public const string Usage =
            "usage: callhome-agent boot|run|selftest|keygen|sign [--board emulator|linux] [--state DIR] [--crypto bouncycastle] [--hex HEX]\n"
            + "       run: [--device ups|pdu|printer]... [--console-link PATH] [--scenario FILE] [--speed N|max] [--until TIME] [--report TIME] [--control SOCKET]\n"
            + "       run --board linux: [--device ups|pdu|printer] [--i2c-bus N] [--iio DIR] [--console-link PATH]";

        private static readonly string[] Known = { "board", "state", "crypto", "hex", "console-link", "device", "scenario", "speed", "until", "report", "control", "i2c-bus", "iio" };
        private static readonly string[] Repeatable = { "device" };
        private readonly Dictionary<string, List<string>> options;

        private CommandLine(string command, Dictionary<string, List<string>> options)
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

            var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
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

                if (!options.TryGetValue(name, out List<string>? values))
                {
                    values = new List<string>();
                    options[name] = values;
                }
                else if (Array.IndexOf(Repeatable, name) < 0)
                {
                    throw new ArgumentException("option '" + args[i] + "' given twice");
                }

                values.Add(args[i + 1]);
            }

            return new CommandLine(args[0], options);
        }

        public string Get(string name, string fallback) => options.TryGetValue(name, out List<string>? values) ? values[0] : fallback;

        /// <summary>Every value of a repeatable option, in order; empty when absent.</summary>
        public IReadOnlyList<string> GetAll(string name) => options.TryGetValue(name, out List<string>? values) ? values : Array.Empty<string>();

        public string Require(string name) =>
            options.TryGetValue(name, out List<string>? values) ? values[0] : throw new ArgumentException("--" + name + " is required for " + Command);
    }
}
