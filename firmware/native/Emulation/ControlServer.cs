using System;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using Callhome.AgentCore.Console;
using Callhome.Boards.Emulator.Scenario;

namespace Callhome.Firmware.Native.Emulation
{
    /// <summary>
    /// The emulator's control interface: a Unix-domain stream socket taking one event per line, in the scenario
    /// format without its <c>at TIME</c> (applied now), e.g. <c>mains fail</c>, <c>pdu outlet 3 overcurrent 12A</c>,
    /// <c>paper jam</c>, <c>sensor ina219 stop-answering</c>; plus <c>status</c> and <c>time</c>. Each line gets
    /// "ok: …" (and for status the device lines, then "."), or one "error: …" line. Test-bench only: a real board
    /// has no such socket.
    /// </summary>
    public sealed class ControlServer : IDisposable
    {
        private const int MaxLineBytes = 256;
        private readonly EmulatedDevice[] devices;
        private readonly object sync;
        private readonly Func<long> now;
        private readonly Action<string> log;
        private readonly Socket listener;
        private readonly Thread acceptor;

        public ControlServer(string path, EmulatedDevice[] devices, object sync, Func<long> now, Action<string> log)
        {
            this.devices = devices;
            this.sync = sync;
            this.now = now;
            this.log = log;
            Path = path;
            if (File.Exists(path))
            {
                File.Delete(path);
            }

            listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            listener.Bind(new UnixDomainSocketEndPoint(path));
            listener.Listen(4);
            acceptor = new Thread(Accept) { IsBackground = true, Name = "control" };
            acceptor.Start();
        }

        public string Path { get; }

        /// <summary>Applies one control line; returns the reply lines.</summary>
        public string Execute(string line)
        {
            string trimmed = line.Trim();
            if (trimmed == "status" || trimmed == "time")
            {
                var reply = new StringBuilder("ok: emulated time " + EmulatedDevice.Elapsed(now()) + "\n");
                if (trimmed == "status")
                {
                    var lines = new StatusLines();
                    foreach (EmulatedDevice device in devices)
                    {
                        device.WriteStatus(lines);
                    }

                    for (int i = 0; i < lines.Count; i++)
                    {
                        reply.Append(lines[i]).Append('\n');
                    }

                    reply.Append(".\n");
                }

                return reply.ToString();
            }

            ScenarioEvent e;
            try
            {
                e = ScenarioParser.ParseImmediate(trimmed);
            }
            catch (ScenarioFormatException problem)
            {
                return "error: " + Unnumbered(problem.Message) + "\n";
            }

            int applied = 0;
            lock (sync)
            {
                foreach (EmulatedDevice device in devices)
                {
                    if (e.Device == device.Kind || (e.Device.Length == 0 && device.Target.CanTake(e)))
                    {
                        device.Apply(e);
                        applied++;
                        log("[" + device.Kind + " " + EmulatedDevice.Elapsed(device.Clock.ElapsedMilliseconds) + "] control: " + trimmed);
                    }
                }
            }

            return applied == 0
                ? "error: no board in this run takes '" + trimmed + "'\n"
                : "ok: applied to " + applied + " board" + (applied == 1 ? string.Empty : "s") + "\n";
        }

        public void Dispose()
        {
            listener.Dispose();
            acceptor.Join();
            File.Delete(Path);
        }

        private static string Unnumbered(string message) =>
            message.StartsWith("line 1: ", StringComparison.Ordinal) ? message["line 1: ".Length..] : message;

        private void Accept()
        {
            while (true)
            {
                Socket client;
                try
                {
                    client = listener.Accept();
                }
                catch (SocketException)
                {
                    return;
                }
                catch (ObjectDisposedException)
                {
                    return;
                }

                new Thread(() => Serve(client)) { IsBackground = true, Name = "control-client" }.Start();
            }
        }

        private void Serve(Socket client)
        {
            using (client)
            {
                byte[] buffer = new byte[512];
                var line = new StringBuilder();
                bool overlong = false;
                try
                {
                    int got;
                    while ((got = client.Receive(buffer)) > 0)
                    {
                        for (int i = 0; i < got; i++)
                        {
                            byte b = buffer[i];
                            if (b == '\n')
                            {
                                string reply = overlong ? "error: line longer than " + MaxLineBytes + " bytes\n"
                                    : line.Length == 0 ? string.Empty : Execute(line.ToString());
                                client.Send(Encoding.ASCII.GetBytes(reply));
                                line.Clear();
                                overlong = false;
                            }
                            else if (b != '\r' && !overlong)
                            {
                                overlong = line.Length >= MaxLineBytes;
                                line.Append(b >= 0x20 && b < 0x7F ? (char)b : '?');
                            }
                        }
                    }
                }
                catch (SocketException)
                {
                    // The peer went away; nothing to answer.
                }
            }
        }
    }
}
