using System;
using Callhome.AgentCore.Config;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.Hal;

namespace Callhome.AgentCore.Console
{
    /// <summary>
    /// The provisioning console, sans-I/O: bytes from the UART in (<see cref="Feed"/>), reply bytes out
    /// (<see cref="Output"/>). Edits go to a pending copy of the configuration and reach flash only with
    /// `commit`. Every reply is "ok…" lines or exactly one "error: …" line, then the prompt; nothing typed can
    /// change state unless the whole command is valid. Nothing shown is secret: the config holds none, and the
    /// device key is only ever printed as its public half.
    /// </summary>
    public sealed class ConsoleInterpreter
    {
        public const string Prompt = "callhome> ";
        public const string KeyComment = "callhome-device";

        private readonly ConfigStore store;
        private readonly IKeyStore keys;
        private readonly ICryptoSuite suite;
        private readonly LineAssembler assembler = new LineAssembler();
        private DeviceIdentity? identity;
        private DeviceConfig committed;
        private DeviceConfig pending;

        /// <param name="committed">the configuration the store loaded at boot.</param>
        /// <param name="identity">the device key loaded at boot, or null when there is none yet.</param>
        public ConsoleInterpreter(ConfigStore store, IKeyStore keys, ICryptoSuite suite, DeviceConfig committed, DeviceIdentity? identity)
        {
            ArgumentNullException.ThrowIfNull(store);
            ArgumentNullException.ThrowIfNull(keys);
            ArgumentNullException.ThrowIfNull(suite);
            ArgumentNullException.ThrowIfNull(committed);
            this.store = store;
            this.keys = keys;
            this.suite = suite;
            this.committed = committed.Copy();
            pending = committed.Copy();
            this.identity = identity;
        }

        /// <summary>`commit` or `factory-reset` wrote flash (a board whose flash is a file saves it now);
        /// <see cref="CommittedConfig"/> is already the new configuration.</summary>
        public event ConsoleEventHandler? Committed;

        /// <summary>The operator typed `reboot`.</summary>
        public event ConsoleEventHandler? RebootRequested;

        public ConsoleOutput Output { get; } = new ConsoleOutput();

        /// <summary>The device model `status` prints; null on a board without one.</summary>
        public IDeviceStatus? DeviceStatus { get; set; }

        /// <summary>Echo typed characters back (a terminal on a serial line expects it).</summary>
        public bool Echo
        {
            get => assembler.Echo;
            set => assembler.Echo = value;
        }

        public DeviceConfig CommittedConfig => committed.Copy();

        public DeviceConfig PendingConfig => pending.Copy();

        public bool HasUncommittedChanges => !pending.ContentEquals(committed);

        /// <summary>The banner and first prompt.</summary>
        public void Start()
        {
            Output.WriteLine("callhome console; type help");
            Output.Write(Prompt);
        }

        public void Feed(byte[] buffer, int offset, int count)
        {
            Arguments.CheckRange(buffer, offset, count, "buffer");
            for (int i = 0; i < count; i++)
            {
                LineStatus status = assembler.Push(buffer[offset + i], Output);
                if (status == LineStatus.Pending)
                {
                    continue;
                }

                if (status == LineStatus.TooLong)
                {
                    Output.WriteLine("error: line longer than " + ConsoleLimits.MaxLineLength.ToString() + " characters; discarded");
                }
                else if (status == LineStatus.Binary)
                {
                    Output.WriteLine("error: line held non-printable bytes; discarded");
                }
                else
                {
                    Execute(assembler.Line);
                }

                Output.Write(Prompt);
            }
        }

        private void Execute(string line)
        {
            string[] words = ConsoleWords.Split(line);
            if (words.Length == 0)
            {
                return;
            }

            switch (words[0])
            {
                case "help":
                    Help();
                    break;
                case "show":
                    if (Expect(words, 1, "show"))
                    {
                        Show();
                    }

                    break;
                case "status":
                    if (Expect(words, 1, "status"))
                    {
                        Status();
                    }

                    break;
                case "set":
                    Set(words, line);
                    break;
                case "pin":
                    Pin(words);
                    break;
                case "keygen":
                    if (Expect(words, 1, "keygen"))
                    {
                        Keygen();
                    }

                    break;
                case "pubkey":
                    if (Expect(words, 1, "pubkey"))
                    {
                        PublicKey();
                    }

                    break;
                case "commit":
                    if (Expect(words, 1, "commit"))
                    {
                        Commit();
                    }

                    break;
                case "revert":
                    if (Expect(words, 1, "revert"))
                    {
                        Output.WriteLine(HasUncommittedChanges ? "ok: uncommitted changes discarded" : "ok: nothing to revert");
                        pending = committed.Copy();
                    }

                    break;
                case "ping":
                    // A tool's handshake: the token it chose comes back, so it can tell this reply from
                    // anything the device sent before the tool was listening.
                    if (Expect(words, 2, "ping TOKEN"))
                    {
                        Output.WriteLine("ok: pong " + words[1]);
                    }

                    break;
                case "factory-reset":
                    FactoryReset(words);
                    break;
                case "reboot":
                    if (Expect(words, 1, "reboot"))
                    {
                        Output.WriteLine(HasUncommittedChanges ? "ok: rebooting; uncommitted changes are discarded" : "ok: rebooting");
                        RebootRequested?.Invoke(this);
                    }

                    break;
                default:
                    Error("unknown command '" + words[0] + "'; type help");
                    break;
            }
        }

        private bool Expect(string[] words, int count, string usage)
        {
            if (words.Length == count)
            {
                return true;
            }

            Error("usage: " + usage);
            return false;
        }

        private void Help()
        {
            Output.WriteLine("ok: commands");
            Output.WriteLine("  show                              the configuration; [uncommitted] marks pending edits");
            Output.WriteLine("  status                            the device's live readings (model, alarms, sensors)");
            Output.WriteLine("  set name NAME                     device name, 1-64 printable characters");
            Output.WriteLine("  set manager HOST:PORT[,HOST:PORT] up to 4 managers, [v6]:port for IPv6 literals");
            Output.WriteLine("  set protocol rfc8071|turn         who is SSH server: the device (rfc8071) or the manager (turn)");
            Output.WriteLine("  set mode persistent|periodic      stay connected, or call every period and hang up when idle");
            Output.WriteLine("  set period SECONDS                periodic mode: time between calls, 60 s to one week");
            Output.WriteLine("  set idle-timeout SECONDS          periodic mode: hang up after this long without an rpc; 0 never");
            Output.WriteLine("  set reconnect MIN-MAX             backoff bounds in seconds between failed calls");
            Output.WriteLine("  set manager-user NAME             turn mode: login name on the manager's SSH server");
            Output.WriteLine("  pin manager-key SHA256:...        the manager's key fingerprint (ssh-keygen -l): host key");
            Output.WriteLine("                                    in turn mode, client key in rfc8071 mode");
            Output.WriteLine("  keygen                            create the device key if there is none");
            Output.WriteLine("  pubkey                            the device key for enrolment");
            Output.WriteLine("  commit                            save the pending configuration to flash");
            Output.WriteLine("  revert                            discard the uncommitted changes");
            Output.WriteLine("  ping TOKEN                        answers ok: pong TOKEN (for tools)");
            Output.WriteLine("  factory-reset confirm             erase configuration and device key");
            Output.WriteLine("  reboot                            restart the device");
        }

        private void Show()
        {
            bool changed = HasUncommittedChanges;
            Output.WriteLine("ok: " + (changed ? "uncommitted changes; type commit to save them" : "configuration as committed"));
            Field("name", pending.DeviceName, pending.DeviceName != committed.DeviceName);
            Field("manager", ConsoleWords.Endpoints(pending.ManagerEndpoints), ConsoleWords.Endpoints(pending.ManagerEndpoints) != ConsoleWords.Endpoints(committed.ManagerEndpoints));
            Field("manager-key", pending.ManagerHostKeyFingerprint.Length == 0 ? "(not pinned)" : pending.ManagerHostKeyFingerprint, pending.ManagerHostKeyFingerprint != committed.ManagerHostKeyFingerprint);
            Field("protocol", CallHomeSettings.ProtocolText(pending.Protocol), pending.Protocol != committed.Protocol);
            Field("manager-user", pending.ManagerUserName, pending.ManagerUserName != committed.ManagerUserName);
            Field("mode", pending.Mode == CallHomeMode.Periodic ? "periodic" : "persistent", pending.Mode != committed.Mode);
            Field("period", pending.PeriodSeconds.ToString() + " s", pending.PeriodSeconds != committed.PeriodSeconds);
            Field("idle-timeout", pending.IdleTimeoutSeconds.ToString() + " s", pending.IdleTimeoutSeconds != committed.IdleTimeoutSeconds);
            Field("reconnect", pending.ReconnectMinSeconds.ToString() + "-" + pending.ReconnectMaxSeconds.ToString() + " s",
                pending.ReconnectMinSeconds != committed.ReconnectMinSeconds || pending.ReconnectMaxSeconds != committed.ReconnectMaxSeconds);
            Field("device-key", identity == null ? "(none; type keygen)" : Fingerprint(), false);
        }

        private void Status()
        {
            if (DeviceStatus == null)
            {
                Error("this board runs no device model");
                return;
            }

            var lines = new StatusLines();
            DeviceStatus.WriteStatus(lines);
            Output.WriteLine("ok: device status");
            for (int i = 0; i < lines.Count; i++)
            {
                Output.WriteLine(lines[i]);
            }
        }

        private void Field(string name, string value, bool uncommitted)
        {
            Output.WriteLine("  " + name + ": " + value + (uncommitted ? " [uncommitted]" : string.Empty));
        }

        private void Set(string[] words, string line)
        {
            if (words.Length < 3)
            {
                Error("usage: set name NAME | set manager HOST:PORT[,HOST:PORT...] | " + CallHomeSettings.Usage);
                return;
            }

            if (words[1] == "name")
            {
                // The name is the rest of the line, inner spaces kept (DeviceConfig allows them).
                string name = ConsoleWords.RestAfter(line, 2);
                DeviceConfig candidate = pending.Copy();
                candidate.DeviceName = name;
                if (!IsValid(candidate))
                {
                    return;
                }

                pending = candidate;
                Output.WriteLine("ok: name " + name + " (uncommitted)");
            }
            else if (words[1] == "manager")
            {
                if (words.Length != 3)
                {
                    Error("usage: set manager HOST:PORT[,HOST:PORT...] (no spaces)");
                    return;
                }

                ManagerEndpoint[]? endpoints = ConsoleWords.ParseEndpoints(words[2], out string? problem);
                if (endpoints == null)
                {
                    Error(problem!);
                    return;
                }

                DeviceConfig candidate = pending.Copy();
                candidate.ManagerEndpoints = endpoints;
                if (!IsValid(candidate))
                {
                    return;
                }

                pending = candidate;
                Output.WriteLine("ok: manager " + ConsoleWords.Endpoints(endpoints) + " (uncommitted)");
            }
            else if (CallHomeSettings.Knows(words[1]))
            {
                if (words.Length != 3)
                {
                    Error("usage: set " + words[1] + " VALUE");
                    return;
                }

                DeviceConfig candidate = pending.Copy();
                string? problem = CallHomeSettings.Apply(candidate, words[1], words[2]);
                if (problem != null)
                {
                    Error(problem);
                    return;
                }

                pending = candidate;
                Output.WriteLine("ok: " + words[1] + " " + words[2] + " (uncommitted)");
            }
            else
            {
                Error("unknown setting '" + words[1] + "'; type help");
            }
        }

        private void Pin(string[] words)
        {
            if (words.Length != 3 || words[1] != "manager-key")
            {
                Error("usage: pin manager-key SHA256:<43 base64 characters>");
                return;
            }

            string problem = ConsoleWords.CheckFingerprint(words[2]);
            if (problem.Length != 0)
            {
                Error(problem);
                return;
            }

            pending.ManagerHostKeyFingerprint = words[2];
            Output.WriteLine("ok: manager-key " + words[2] + " (uncommitted)");
        }

        private void Keygen()
        {
            if (identity != null)
            {
                Output.WriteLine("ok: device key exists and was not replaced (factory-reset erases it)");
                Output.WriteLine("fingerprint: " + Fingerprint());
                return;
            }

            try
            {
                identity = DeviceIdentity.LoadOrCreate(keys, suite);
            }
            catch (InvalidOperationException e)
            {
                Error(e.Message);
                return;
            }

            Output.WriteLine(identity.Created ? "ok: created a new Ed25519 device key" : "ok: device key exists and was not replaced");
            Output.WriteLine("fingerprint: " + Fingerprint());
        }

        private void PublicKey()
        {
            if (identity == null)
            {
                Error("no device key; type keygen");
                return;
            }

            Output.WriteLine("ok: device key");
            Output.WriteLine(SshPublicKeyFormat.AuthorizedKeysLine(identity.PublicKeyBlob(), KeyComment));
            Output.WriteLine("fingerprint: " + Fingerprint());
        }

        private void Commit()
        {
            if (!HasUncommittedChanges)
            {
                Output.WriteLine("ok: nothing to commit");
                return;
            }

            if (!Save(pending))
            {
                return;
            }

            committed = pending.Copy();
            Committed?.Invoke(this);
            Output.WriteLine("ok: committed (sequence " + store.Sequence.ToString() + ")");
        }

        private void FactoryReset(string[] words)
        {
            if (words.Length != 2 || words[1] != "confirm")
            {
                Error("factory-reset erases the configuration and the device key; type 'factory-reset confirm'");
                return;
            }

            DeviceConfig defaults = DeviceConfig.FactoryDefaults();
            if (!Save(defaults))
            {
                return;
            }

            committed = defaults;
            pending = defaults.Copy();
            Committed?.Invoke(this);
            keys.Delete(DeviceIdentity.KeySlot);
            if (identity != null)
            {
                identity.Dispose();
                identity = null;
            }

            Output.WriteLine("ok: factory defaults committed and device key erased");
        }

        private bool Save(DeviceConfig config)
        {
            try
            {
                store.Save(config);
            }
            catch (ArgumentException e)
            {
                Error("not saved: " + e.Message);
                return false;
            }
            catch (System.IO.IOException e)
            {
                Error("not saved, previous configuration kept: " + e.Message);
                return false;
            }

            return true;
        }

        private bool IsValid(DeviceConfig candidate)
        {
            string? invalid = candidate.Validate();
            if (invalid == null)
            {
                return true;
            }

            Error(invalid);
            return false;
        }

        private string Fingerprint()
        {
            return SshPublicKeyFormat.Sha256Fingerprint(identity!.PublicKeyBlob(), suite);
        }

        private void Error(string message)
        {
            Output.WriteLine("error: " + message);
        }
    }
}
