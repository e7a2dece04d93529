using System;
using System.Diagnostics;
using System.Threading;
using Callhome.AgentCore.Console;
using Callhome.Hal;

namespace Callhome.Firmware.Native.Emulation
{
    /// <summary>
    /// The firmware's poll loop on the emulated boards, on its own thread: emulated time follows the wall clock
    /// × <see cref="Speed"/> (0 = as fast as the host goes), every device's physics and controller advance one
    /// poll period at a time, and the watchdog is kicked once per pass. Prints a one-line summary of every
    /// device each <see cref="ReportMilliseconds"/> of emulated time, and stops by itself at <see cref="UntilMilliseconds"/>.
    /// </summary>
    public sealed class EmulationLoop : IDisposable
    {
        public const int PollMilliseconds = 1000;

        /// <summary>Emulated time one pass advances at most when running flat out, so the lock is released often.</summary>
        private const long MaxChunkMilliseconds = 60000;
        private const int TickMilliseconds = 20;

        private readonly EmulatedDevice[] devices;
        private readonly object sync;
        private readonly IWatchdog watchdog;
        private readonly Action<string> log;
        private readonly ManualResetEvent stop = new ManualResetEvent(false);
        private readonly ManualResetEvent finished = new ManualResetEvent(false);
        private Thread? thread;
        private long now;
        private long nextReport;

        public EmulationLoop(EmulatedDevice[] devices, object sync, IWatchdog watchdog, Action<string> log)
        {
            this.devices = devices ?? throw new ArgumentNullException(nameof(devices));
            this.sync = sync ?? throw new ArgumentNullException(nameof(sync));
            this.watchdog = watchdog ?? throw new ArgumentNullException(nameof(watchdog));
            this.log = log ?? throw new ArgumentNullException(nameof(log));
        }

        /// <summary>Emulated seconds per wall-clock second; 0 runs as fast as the host can.</summary>
        public double Speed { get; init; } = 1;

        /// <summary>Emulated time at which the loop ends (and the firmware with it); negative: never.</summary>
        public long UntilMilliseconds { get; init; } = -1;

        public long ReportMilliseconds { get; init; }

        /// <summary>Set when the loop reached <see cref="UntilMilliseconds"/>.</summary>
        public WaitHandle Finished => finished;

        /// <summary>Emulated milliseconds since power-up (read under the shared lock for a consistent view).</summary>
        public long Now => Interlocked.Read(ref now);

        /// <summary>Wall-clock milliseconds the loop ran, for the emulated-time rate.</summary>
        public long WallMilliseconds { get; private set; }

        public void Start()
        {
            nextReport = ReportMilliseconds > 0 ? ReportMilliseconds : long.MaxValue;
            thread = new Thread(Run) { IsBackground = true, Name = "poll-loop" };
            thread.Start();
        }

        public void Stop()
        {
            stop.Set();
            thread?.Join();
        }

        public void Dispose()
        {
            Stop();
            stop.Dispose();
            finished.Dispose();
        }

        private void Run()
        {
            var wall = Stopwatch.StartNew();
            while (!stop.WaitOne(0))
            {
                long target = Speed <= 0
                    ? now + MaxChunkMilliseconds
                    : (long)(wall.ElapsedMilliseconds * Speed) / PollMilliseconds * PollMilliseconds;
                if (UntilMilliseconds >= 0 && target > UntilMilliseconds)
                {
                    target = UntilMilliseconds;
                }

                if (target > now)
                {
                    AdvanceTo(target);
                }

                watchdog.Kick();
                WallMilliseconds = wall.ElapsedMilliseconds;
                if (UntilMilliseconds >= 0 && now >= UntilMilliseconds)
                {
                    finished.Set();
                    return;
                }

                if (Speed > 0)
                {
                    stop.WaitOne(TickMilliseconds);
                }
            }
        }

        private void AdvanceTo(long target)
        {
            while (now < target)
            {
                long segment = Math.Min(target, nextReport);
                lock (sync)
                {
                    foreach (EmulatedDevice device in devices)
                    {
                        device.AdvanceTo(segment);
                    }

                    Interlocked.Exchange(ref now, segment);
                    if (segment == nextReport)
                    {
                        // The last moment of an --until run gets the full status instead (RunCommand).
                        if (segment != UntilMilliseconds)
                        {
                            Report();
                        }

                        nextReport += ReportMilliseconds;
                    }
                }

                foreach (EmulatedDevice device in devices)
                {
                    device.Polled?.Invoke();
                }
            }
        }

        private void Report()
        {
            var lines = new StatusLines();
            foreach (EmulatedDevice device in devices)
            {
                lines.Clear();
                device.WriteStatusUnlocked(lines);
                log("[" + device.Kind + " " + EmulatedDevice.Elapsed(now) + "] " + lines[0]);
            }
        }
    }
}
