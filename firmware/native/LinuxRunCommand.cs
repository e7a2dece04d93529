using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using Callhome.AgentCore.Config;
using Callhome.AgentCore.Console;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Model;
using Callhome.Boards.Emulator;
using Callhome.Boards.Linux;
using Callhome.Firmware.Native.Devices;
using Callhome.Firmware.Native.Emulation;
using Callhome.Hal;

namespace Callhome.Firmware.Native
{
    /// <summary>
    /// `run --board linux`: the firmware on an embedded Linux board's own seams — the config in pages of
    /// DIR/flash.bin (fsync'd), the key in DIR/keys, the chips on /dev/i2c-N (System.Device.I2c), analog inputs
    /// from an IIO device — one device model polled once a second in real time on its own thread, which kicks
    /// the (software) watchdog. A chip or input that does not answer is a sensor fault in `status`, not a crash.
    /// The console stays on a pseudo-terminal for now.
    /// </summary>
    public static class LinuxRunCommand
    {
        private const int PollMilliseconds = 1000;
        private const int WatchdogTimeoutMilliseconds = 5000;
        private const int FlashPageSize = 4096;
        private const int FlashPages = 64;
        private const int AdcMaxValue = 4095;
        private const int AdcReferenceMillivolts = 3300;
        private const int PduOutlets = 8;

        public static int Run(CommandLine line, TextWriter output)
        {
            var devices = line.GetAll("device");
            string kind = devices.Count == 0 ? "ups" : devices[0];
            if (devices.Count > 1)
            {
                throw new ArgumentException("--board linux runs one device (the board's own)");
            }

            string state = line.Require("state");
            if (!int.TryParse(line.Get("i2c-bus", "1"), NumberStyles.None, CultureInfo.InvariantCulture, out int busId))
            {
                throw new ArgumentException("--i2c-bus must be the N of /dev/i2c-N");
            }

            string iio = line.Get("iio", "/sys/bus/iio/devices/iio:device0");
            var outputLock = new object();
            void Log(string text)
            {
                lock (outputLock)
                {
                    output.WriteLine(text);
                    output.Flush();
                }
            }

            Directory.CreateDirectory(state);
            var entropy = new GetRandomEntropySource();
            ICryptoSuite suite = CryptoBackends.FromCommandLine(line, entropy);
            var selfTest = new TextSelfTestReport(TextWriter.Null);
            int failures = CryptoSelfTest.Run(suite, selfTest);
            Log("[run] self-test " + suite.Name + ": " + selfTest.Passed + " passed, " + failures + " failed");
            if (failures != 0)
            {
                return 1;
            }

            var clock = new StopwatchClock();
            using var bus = new DeviceI2cBus(busId);
            DeviceModel model = kind switch
            {
                "ups" => DeviceModel.Ups(bus, Channels(iio, 3), clock),
                "pdu" => DeviceModel.Pdu(bus, Channels(iio, PduOutlets), clock),
                "printer" => DeviceModel.Printer(bus),
                _ => throw new ArgumentException("unknown --device '" + kind + "' (ups, pdu or printer)"),
            };
            Log("[run] board: linux " + kind + " controller, I2C /dev/i2c-" + busId + ", ADC " + iio + ", state in " + state);

            using var flash = new FileFlash(Path.Combine(state, "flash.bin"), FlashPageSize, FlashPages);
            var store = new ConfigStore(flash, 0, ConfigStore.PagesPerSlotFor(FlashPageSize));
            DeviceConfig config = store.Load();
            Log("[run] config: " + store.LoadStatus + " (" + store.LoadDetail + "), name " + config.DeviceName);
            var keys = new DirectoryKeyStore(Path.Combine(state, "keys"));
            DeviceIdentity identity = DeviceIdentity.LoadOrCreate(keys, suite);
            Log("[run] identity: " + (identity.Created ? "generated" : "loaded") + " device key, fingerprint "
                + SshPublicKeyFormat.Sha256Fingerprint(identity.PublicKeyBlob(), suite));

            var sync = new object();
            var status = new LockedStatus(model, sync);
            model.AddListener(new LoggingListener(kind, clock, Log));
            lock (sync)
            {
                model.Poll();
            }

            using var stop = new ManualResetEvent(false);
            var console = new ConsoleInterpreter(store, keys, suite, config, identity) { Echo = true, DeviceStatus = status };
            console.RebootRequested += _ => stop.Set();
            using var callHome = new CallHomeService(model, config, sync, suite, entropy, new SystemRealTimeClock(), identity, "[run] ", Log);
            callHome.Follow(console);
            var watchdog = new EmulatedWatchdog(clock, WatchdogTimeoutMilliseconds);
            watchdog.Missed += late => Log("[watchdog] missed kick: the poll loop was silent for " + late + " ms");
            using var watchdogTimer = new Timer(_ => watchdog.Check(), null, 1000, 1000);
            using (var service = new ConsoleService(console, line.Get("console-link", string.Empty)))
            {
                service.Start();
                Log("[run] console: " + service.SlavePath + ", 115200 8N1");
                Log("[run] models: " + kind + "; poll every " + PollMilliseconds + " ms, watchdog " + WatchdogTimeoutMilliseconds + " ms");
                using PosixSignalRegistration term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Set(); });
                using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Set(); });
                callHome.Start(config);
                while (!stop.WaitOne(PollMilliseconds))
                {
                    lock (sync)
                    {
                        model.Poll();
                    }

                    callHome.FlushNotifications();
                    watchdog.Kick();
                }
            }

            Log("[run] " + (console.HasUncommittedChanges ? "stopping; uncommitted changes discarded" : "stopping"));
            return 0;
        }

        private static IAdcChannel[] Channels(string iio, int count)
        {
            var channels = new IAdcChannel[count];
            for (int i = 0; i < count; i++)
            {
                channels[i] = new IioAdcChannel(iio, i, AdcMaxValue, AdcReferenceMillivolts);
            }

            return channels;
        }

        private sealed class LockedStatus : IDeviceStatus
        {
            private readonly DeviceModel model;
            private readonly object sync;

            public LockedStatus(DeviceModel model, object sync)
            {
                this.model = model;
                this.sync = sync;
            }

            public void WriteStatus(StatusLines lines)
            {
                lock (sync)
                {
                    model.WriteStatus(lines);
                }
            }
        }

        private sealed class LoggingListener : IModelListener
        {
            private readonly string kind;
            private readonly IMonotonicClock clock;
            private readonly Action<string> log;

            public LoggingListener(string kind, IMonotonicClock clock, Action<string> log)
            {
                this.kind = kind;
                this.clock = clock;
                this.log = log;
            }

            public void OnModelEvent(object source, ModelEvent change, int index)
            {
                log("[" + kind + " " + EmulatedDevice.Elapsed(clock.ElapsedMilliseconds) + "] event " + change + (index >= 0 ? " " + index : string.Empty));
            }
        }
    }
}
