using System;

namespace Callhome.Provision
{
    /// <summary>The command line: --name value pairs and the --keygen / --modem-lines switches.</summary>
    public sealed class ProvisionOptions
    {
        public const string Usage =
            "usage: callhome-provision --port /dev/pts/N|PATH --name NAME --manager HOST:PORT[,HOST:PORT...] --pin SHA256:... "
            + "[--protocol rfc8071|turn] [--manager-user NAME] [--mode persistent|periodic] [--period SECONDS] [--idle-timeout SECONDS] "
            + "[--reconnect MIN-MAX] [--keygen] [--baud 115200] [--timeout SECONDS] [--modem-lines]";

        /// <summary>Console settings the device checks itself (`set NAME VALUE`), in the order given; the
        /// device's own error line is what the operator sees for a bad value.</summary>
        private static readonly string[] CallHomeSettings = { "protocol", "manager-user", "mode", "period", "idle-timeout", "reconnect" };

        public string Port { get; private set; } = string.Empty;

        public string Name { get; private set; } = string.Empty;

        public string Managers { get; private set; } = string.Empty;

        public string Pin { get; private set; } = string.Empty;

        /// <summary>"setting value" pairs for the call-home settings given, each sent as `set setting value`.</summary>
        public System.Collections.Generic.List<string> Settings { get; } = new();

        public bool Keygen { get; private set; }

        public bool ModemLines { get; private set; }

        public int Baud { get; private set; } = 115200;

        public TimeSpan Timeout { get; private set; } = TimeSpan.FromSeconds(10);

        /// <exception cref="ArgumentException">unknown or missing option.</exception>
        public static ProvisionOptions Parse(string[] args)
        {
            var options = new ProvisionOptions();
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--keygen":
                        options.Keygen = true;
                        continue;
                    case "--modem-lines":
                        options.ModemLines = true;
                        continue;
                    default:
                        break;
                }

                if (i + 1 >= args.Length)
                {
                    throw new ArgumentException("option '" + args[i] + "' needs a value");
                }

                string value = args[++i];
                switch (args[i - 1])
                {
                    case "--port": options.Port = value; break;
                    case "--name": options.Name = value; break;
                    case "--manager": options.Managers = value; break;
                    case "--pin": options.Pin = value; break;
                    case "--baud": options.Baud = Number(value, "--baud"); break;
                    case "--timeout": options.Timeout = TimeSpan.FromSeconds(Number(value, "--timeout")); break;
                    default:
                        string setting = args[i - 1].StartsWith("--", StringComparison.Ordinal) ? args[i - 1].Substring(2) : string.Empty;
                        if (Array.IndexOf(CallHomeSettings, setting) < 0 || value.Contains(' ', StringComparison.Ordinal))
                        {
                            throw new ArgumentException("unknown option '" + args[i - 1] + "'");
                        }

                        options.Settings.Add(setting + " " + value);
                        break;
                }
            }

            if (options.Port.Length == 0 || options.Name.Length == 0 || options.Managers.Length == 0 || options.Pin.Length == 0)
            {
                throw new ArgumentException("--port, --name, --manager and --pin are required");
            }

            return options;
        }

        private static int Number(string value, string option)
        {
            if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number) || number < 1)
            {
                throw new ArgumentException(option + " must be a positive number");
            }

            return number;
        }
    }
}
