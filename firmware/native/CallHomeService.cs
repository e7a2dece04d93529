using System;
using System.Reflection;
using Callhome.AgentCore.CallHome;
using Callhome.AgentCore.Config;
using Callhome.AgentCore.Console;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Netconf.Device;
using Callhome.Firmware.Native.Devices;
using Callhome.Firmware.Native.Network;
using Callhome.Hal;

namespace Callhome.Firmware.Native
{
    /// <summary>
    /// One device's NETCONF server and its call-home loop, from the committed configuration: started at boot,
    /// restarted when the console commits a new configuration (new manager, key, protocol or timers take
    /// effect at once), stopped with the firmware. The server outlives the calls, so NETCONF state (locks,
    /// the replay buffer of events raised while no manager was connected) carries from one call to the next.
    /// </summary>
    public sealed class CallHomeService : IDisposable, ICallHomeLog
    {
        private readonly ICryptoSuite suite;
        private readonly IEntropySource entropy;
        private readonly DeviceIdentity identity;
        private readonly Action<string> log;
        private readonly string prefix;
        private readonly object sync = new();
        private CallHomeAgent? agent;
        private bool disposed;

        /// <param name="deviceLock">the lock the poll loop holds while it reads the hardware.</param>
        public CallHomeService(DeviceModel model, DeviceConfig config, object deviceLock, ICryptoSuite suite, IEntropySource entropy,
            IRealTimeClock realTime, DeviceIdentity identity, string prefix, Action<string> log)
        {
            ArgumentNullException.ThrowIfNull(model);
            ArgumentNullException.ThrowIfNull(config);
            this.suite = suite;
            this.entropy = entropy;
            this.identity = identity;
            this.prefix = prefix;
            this.log = log;
            Netconf = model.CreateNetconf(config.DeviceName, FirmwareVersion, Clock, realTime);
            Netconf.Server.DeviceLock = deviceLock;
        }

        public static string FirmwareVersion { get; } =
            typeof(CallHomeService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

        public NetconfDevice Netconf { get; }

        /// <summary>Real time for SSH and the call timers: the network does not run at the emulation's speed.</summary>
        private IMonotonicClock Clock { get; } = new Boards.Linux.StopwatchClock();

        /// <summary>Watches a console so a commit restarts the calls with the new configuration.</summary>
        public void Follow(ConsoleInterpreter console)
        {
            ArgumentNullException.ThrowIfNull(console);
            console.Committed += c => Start(c.CommittedConfig);
        }

        /// <summary>(Re)starts calling home as the configuration says; logs why not when it cannot.</summary>
        public void Start(DeviceConfig config)
        {
            CallHomeAgent? previous;
            lock (sync)
            {
                if (disposed)
                {
                    return;
                }

                previous = agent;
                agent = null;
            }

            previous?.Dispose();
            var next = new CallHomeAgent(config, Netconf.Server, new SocketManagerDialer(), suite, entropy, Clock, identity, this);
            if (!next.Start())
            {
                return;
            }

            lock (sync)
            {
                if (!disposed)
                {
                    agent = next;
                    return;
                }
            }

            next.Dispose();
        }

        /// <summary>Publishes the model events of the last poll; the poll loop calls it outside the device lock.</summary>
        public void FlushNotifications() => Netconf.Notifications.Flush();

        public void Line(string text) => log(prefix + "call home: " + text);

        public void Dispose()
        {
            CallHomeAgent? last;
            lock (sync)
            {
                disposed = true;
                last = agent;
                agent = null;
            }

            last?.Dispose();
        }
    }
}
