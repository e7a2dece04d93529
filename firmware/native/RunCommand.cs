using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using Callhome.AgentCore.Config;
using Callhome.AgentCore.Console;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.Boards.Emulator;
using Callhome.Boards.Emulator.Scenario;
using Callhome.Boards.Linux;
using Callhome.Firmware.Native.Emulation;

namespace Callhome.Firmware.Native
{
    /// <summary>
    /// The firmware on emulated boards: self-test; then per device its board, configuration (factory defaults
    /// when the flash holds none), device key and console on a pseudo-terminal; then the device models polled
    /// through the real drivers on one loop thread that kicks the watchdog, until `reboot`, SIGTERM/SIGINT or
    /// --until. One process can run several devices (repeat --device); each has its own state, flash and console.
    /// </summary>
    public static class RunCommand
    {
        private const int WatchdogTimeoutMilliseconds = 2000;
        private static readonly string[] DeviceKinds = { "ups", "pdu", "printer" };

        public static int Run(CommandLine line, TextWriter output)
        {
            string board = line.Get("board", "emulator");
            if (board == "linux")
            {
                return LinuxRunCommand.Run(line, output);
            }

            if (board != "emulator")
            {
                throw new ArgumentException("unknown --board '" + board + "' (emulator or linux)");
            }

            string[] kinds = Kinds(line);
            string state = line.Require("state");
            double speed = Speed(line.Get("speed", "1"));
            long until = Duration(line, "until", -1);
            long report = Duration(line, "report", 0);
            var outputLock = new object();
            void Log(string text)
            {
                lock (outputLock)
                {
                    output.WriteLine(text);
                    output.Flush();
                }
            }

            var entropy = new GetRandomEntropySource();
            ICryptoSuite suite = CryptoBackends.FromCommandLine(line, entropy);
            var selfTest = new TextSelfTestReport(TextWriter.Null);
            int failures = CryptoSelfTest.Run(suite, selfTest);
            Log("[run] self-test " + suite.Name + ": " + selfTest.Passed + " passed, " + failures + " failed");
            if (failures != 0)
            {
                return 1;
            }

            var sync = new object();
            using var stop = new ManualResetEvent(false);
            var devices = new EmulatedDevice[kinds.Length];
            var interpreters = new ConsoleInterpreter[kinds.Length];
            var callHome = new CallHomeService[kinds.Length];
            for (int i = 0; i < kinds.Length; i++)
            {
                string prefix = kinds.Length == 1 ? "[run] " : "[run " + kinds[i] + "] ";
                string directory = kinds.Length == 1 ? state : Path.Combine(state, kinds[i]);
                devices[i] = new EmulatedDevice(kinds[i], directory, sync, Log);
                interpreters[i] = Boot(devices[i], suite, prefix, Log, out DeviceIdentity identity);
                interpreters[i].RebootRequested += _ => stop.Set();
                callHome[i] = new CallHomeService(devices[i].Model, interpreters[i].CommittedConfig, sync, suite, entropy,
                    devices[i].Board.RealTimeClock, identity, prefix, Log);
                devices[i].Polled = callHome[i].FlushNotifications;
                callHome[i].Follow(interpreters[i]);
            }

            PlayScenario(line.Get("scenario", string.Empty), devices, Log);

            // One poll before the consoles open, so `status` never shows a model that has not read its sensors.
            foreach (EmulatedDevice device in devices)
            {
                device.Poll();
            }

            var watchdog = new EmulatedWatchdog(new StopwatchClock(), WatchdogTimeoutMilliseconds);
            watchdog.Missed += late => Log("[watchdog] missed kick: the poll loop was silent for " + late + " ms; a real board would reset now");
            using var watchdogTimer = new Timer(_ => watchdog.Check(), null, WatchdogTimeoutMilliseconds / 4, WatchdogTimeoutMilliseconds / 4);
            using var loop = new EmulationLoop(devices, sync, watchdog, Log) { Speed = speed, UntilMilliseconds = until, ReportMilliseconds = report };

            var consoles = new List<ConsoleService>();
            ControlServer? control = null;
            try
            {
                string link = line.Get("console-link", string.Empty);
                for (int i = 0; i < devices.Length; i++)
                {
                    string deviceLink = link.Length == 0 || devices.Length == 1 ? link : link + "-" + devices[i].Kind;
                    var console = new ConsoleService(interpreters[i], deviceLink);
                    consoles.Add(console);
                    console.Start();
                    Log((devices.Length == 1 ? "[run] " : "[run " + devices[i].Kind + "] ") + "console: " + console.SlavePath
                        + (deviceLink.Length != 0 ? " (link " + deviceLink + ")" : string.Empty) + ", 115200 8N1");
                }

                string controlPath = line.Get("control", string.Empty);
                if (controlPath.Length != 0)
                {
                    control = new ControlServer(Path.GetFullPath(controlPath), devices, sync, () => loop.Now, Log);
                    Log("[run] control: " + control.Path);
                }

                Log("[run] models: " + string.Join(", ", kinds) + "; poll every " + EmulationLoop.PollMilliseconds + " ms emulated, speed "
                    + (speed <= 0 ? "max" : speed.ToString(CultureInfo.InvariantCulture) + "x") + ", watchdog " + WatchdogTimeoutMilliseconds + " ms");
                using PosixSignalRegistration term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop(stop));
                using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop(stop));
                loop.Start();
                for (int i = 0; i < devices.Length; i++)
                {
                    callHome[i].Start(interpreters[i].CommittedConfig);
                }

                WaitHandle.WaitAny(new[] { stop, loop.Finished });
                loop.Stop();
            }
            finally
            {
                foreach (CallHomeService service in callHome)
                {
                    service.Dispose();
                }

                control?.Dispose();
                foreach (ConsoleService console in consoles)
                {
                    console.Dispose();
                }
            }

            Summarize(devices, interpreters, loop, watchdog, Log);
            return 0;
        }

        private static ConsoleInterpreter Boot(EmulatedDevice device, ICryptoSuite suite, string prefix, Action<string> log, out DeviceIdentity identity)
        {
            EmulatedBoard board = device.Board;
            log(prefix + "board: emulated " + board.Model + " controller, state in " + board.StateDirectory);
            var store = new ConfigStore(board.Flash, EmulatedBoardProfile.ConfigFirstPage, EmulatedBoardProfile.ConfigPagesPerSlot);
            DeviceConfig config = store.Load();
            log(prefix + "config: " + store.LoadStatus + " (" + store.LoadDetail + "), name " + config.DeviceName);
            identity = DeviceIdentity.LoadOrCreate(board.KeyStore, suite);
            log(prefix + "identity: " + (identity.Created ? "generated" : "loaded") + " device key, fingerprint "
                + SshPublicKeyFormat.Sha256Fingerprint(identity.PublicKeyBlob(), suite));
            var console = new ConsoleInterpreter(store, board.KeyStore, suite, config, identity) { Echo = true, DeviceStatus = device };
            console.Committed += _ => board.PersistFlash();
            return console;
        }

        private static void PlayScenario(string path, EmulatedDevice[] devices, Action<string> log)
        {
            if (path.Length == 0)
            {
                return;
            }

            try
            {
                IReadOnlyList<ScenarioEvent> events = ScenarioParser.Parse(File.ReadAllText(path));
                foreach (ScenarioEvent e in events)
                {
                    if (Array.FindIndex(devices, d => d.Kind == e.Device || (e.Device.Length == 0 && d.Target.CanTake(e))) < 0)
                    {
                        throw new ScenarioFormatException(e.Line, "no board in this run takes " + e.Kind
                            + (e.Device.Length != 0 ? " for " + e.Device : string.Empty));
                    }
                }

                foreach (EmulatedDevice device in devices)
                {
                    device.Play(events, EmulationLoop.PollMilliseconds);
                }

                log("[run] scenario: " + path + ", " + events.Count + " events");
            }
            catch (ScenarioFormatException e)
            {
                throw new ArgumentException(path + ": " + e.Message);
            }
            catch (IOException e)
            {
                throw new ArgumentException("cannot read scenario " + path + ": " + e.Message);
            }
        }

        private static void Summarize(EmulatedDevice[] devices, ConsoleInterpreter[] interpreters, EmulationLoop loop, EmulatedWatchdog watchdog, Action<string> log)
        {
            var lines = new StatusLines();
            foreach (EmulatedDevice device in devices)
            {
                lines.Clear();
                device.WriteStatus(lines);
                string prefix = "[" + device.Kind + " " + EmulatedDevice.Elapsed(loop.Now) + "] ";
                for (int i = 0; i < lines.Count; i++)
                {
                    log(prefix + lines[i]);
                }
            }

            double seconds = loop.Now / 1000.0;
            double wall = Math.Max(1, loop.WallMilliseconds) / 1000.0;
            log("[run] emulated " + EmulatedDevice.Elapsed(loop.Now) + " on " + devices.Length + " board(s) in "
                + loop.WallMilliseconds + " ms: " + (seconds / wall).ToString("F0", CultureInfo.InvariantCulture)
                + " emulated s per wall-clock s; watchdog kicked " + watchdog.KickCount + " times, missed " + watchdog.MissedCount);
            bool uncommitted = Array.Exists(interpreters, c => c.HasUncommittedChanges);
            log("[run] " + (uncommitted ? "stopping; uncommitted changes discarded" : "stopping"));
        }

        private static Action<PosixSignalContext> Stop(ManualResetEvent stop) => context =>
        {
            context.Cancel = true;
            stop.Set();
        };

        private static string[] Kinds(CommandLine line)
        {
            IReadOnlyList<string> given = line.GetAll("device");
            string[] kinds = given.Count == 0 ? new[] { "ups" } : new string[given.Count];
            for (int i = 0; i < given.Count; i++)
            {
                kinds[i] = given[i];
                if (Array.IndexOf(DeviceKinds, kinds[i]) < 0)
                {
                    throw new ArgumentException("unknown --device '" + kinds[i] + "' (ups, pdu or printer)");
                }

                if (Array.IndexOf(kinds, kinds[i], 0, i) >= 0)
                {
                    throw new ArgumentException("--device " + kinds[i] + " given twice (run separate processes for two of a kind)");
                }
            }

            return kinds;
        }

        private static double Speed(string text)
        {
            if (text == "max")
            {
                return 0;
            }

            if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double speed) || speed <= 0 || speed > 1e6)
            {
                throw new ArgumentException("--speed must be a positive number (emulated seconds per second) or max, got '" + text + "'");
            }

            return speed;
        }

        private static long Duration(CommandLine line, string name, long fallback)
        {
            string text = line.Get(name, string.Empty);
            if (text.Length == 0)
            {
                return fallback;
            }

            try
            {
                return ScenarioParser.ParseDuration(text);
            }
            catch (ScenarioFormatException)
            {
                throw new ArgumentException("--" + name + " must be a time like 90s, 45m or 2h, got '" + text + "'");
            }
        }
    }
}
