using System;
using System.IO;

namespace Callhome.Provision
{
    /// <summary>
    /// callhome-provision: sets the name, managers and pinned manager key over the device's serial console,
    /// optionally creates the device key, commits, and prints the device key's fingerprint for enrolment.
    /// Exit 0 on success, 1 on any device error or timeout (nothing is committed unless every step succeeded),
    /// 2 on a bad command line.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            ProvisionOptions options;
            try
            {
                options = ProvisionOptions.Parse(args);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                Console.Error.WriteLine(ProvisionOptions.Usage);
                return 2;
            }

            try
            {
                return Provision(options, Console.Out);
            }
            catch (DeviceRefusedException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return 1;
            }
            catch (TimeoutException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return 1;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is InvalidOperationException)
            {
                Console.Error.WriteLine("error: cannot use " + options.Port + ": " + e.Message);
                return 1;
            }
        }

        private static int Provision(ProvisionOptions options, TextWriter output)
        {
            using var device = new SerialConsoleClient(options.Port, options.Baud, options.ModemLines);
            device.Synchronize(options.Timeout);
            try
            {
                Configure(device, options);
            }
            catch (DeviceRefusedException)
            {
                // Leave the device as we found it: the edits made before the refused step are dropped.
                device.Command("revert", options.Timeout);
                throw;
            }

            string[] key = Step(device, "pubkey", options);
            string fingerprint = string.Empty;
            string authorizedKey = string.Empty;
            foreach (string line in key)
            {
                if (line.StartsWith("fingerprint: ", StringComparison.Ordinal))
                {
                    fingerprint = line["fingerprint: ".Length..].Trim();
                }
                else if (line.StartsWith("ssh-ed25519 ", StringComparison.Ordinal))
                {
                    authorizedKey = line.Trim();
                }
            }

            if (fingerprint.Length == 0)
            {
                throw new DeviceRefusedException("pubkey gave no fingerprint: " + string.Join(" | ", key));
            }

            output.WriteLine("provisioned " + options.Name + " (committed)");
            output.WriteLine("authorized-key: " + authorizedKey);
            output.WriteLine("fingerprint: " + fingerprint);
            return 0;
        }

        private static void Configure(SerialConsoleClient device, ProvisionOptions options)
        {
            Step(device, "set name " + options.Name, options);
            Step(device, "set manager " + options.Managers, options);
            Step(device, "pin manager-key " + options.Pin, options);
            foreach (string setting in options.Settings)
            {
                Step(device, "set " + setting, options);
            }

            if (options.Keygen)
            {
                Step(device, "keygen", options);
            }

            Step(device, "commit", options);
        }

        private static string[] Step(SerialConsoleClient device, string command, ProvisionOptions options)
        {
            string[] reply = device.Command(command, options.Timeout);
            foreach (string line in reply)
            {
                if (line.StartsWith("error:", StringComparison.Ordinal))
                {
                    throw new DeviceRefusedException("device refused '" + command + "': " + line);
                }
            }

            if (reply.Length == 0 || !reply[0].StartsWith("ok", StringComparison.Ordinal))
            {
                throw new DeviceRefusedException("unexpected reply to '" + command + "': " + string.Join(" | ", reply));
            }

            return reply;
        }
    }
}
