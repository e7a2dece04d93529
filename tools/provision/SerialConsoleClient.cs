using System;
using System.Diagnostics;
using System.IO.Ports;
using System.Text;

namespace Callhome.Provision
{
    /// <summary>
    /// Talks to a device's console line by line: send a command, read until the next prompt, split the reply
    /// into lines without the echoed command. Modem lines (DTR/RTS) stay off unless asked for: their ioctls fail
    /// on a pseudo-terminal, and a device console needs no hardware handshake.
    /// </summary>
    public sealed class SerialConsoleClient : IDisposable
    {
        public const string Prompt = "callhome> ";

        private static readonly string[] LineBreaks = { "\r\n", "\n" };
        private readonly SerialPort port;
        private readonly byte[] buffer = new byte[512];
        private readonly StringBuilder pending = new();

        public SerialConsoleClient(string portName, int baudRate, bool modemLines)
        {
            port = new SerialPort(portName, baudRate, Parity.None, 8, StopBits.One)
            {
                Handshake = Handshake.None,
                DtrEnable = modemLines,
                RtsEnable = modemLines,
                Encoding = Encoding.ASCII,
            };
            port.Open();
        }

        /// <summary>
        /// Drops what the device sent before we listened, then pings with a fresh token and reads replies until
        /// the one carrying that token: a stale prompt still in flight cannot be taken for an answer.
        /// </summary>
        public void Synchronize(TimeSpan timeout)
        {
            port.DiscardInBuffer();
            pending.Clear();
            string token = Guid.NewGuid().ToString("N");
            Send("ping " + token);
            var clock = Stopwatch.StartNew();
            while (ReadUntilPrompt(clock, timeout).IndexOf("ok: pong " + token, StringComparison.Ordinal) < 0)
            {
            }
        }

        /// <returns>the reply lines (echo removed).</returns>
        /// <exception cref="TimeoutException">no prompt within the timeout.</exception>
        public string[] Command(string command, TimeSpan timeout)
        {
            Send(command);
            string reply = ReadUntilPrompt(timeout);
            string[] lines = reply.Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries);
            int first = lines.Length > 0 && lines[0].TrimEnd() == command ? 1 : 0;
            return lines[first..];
        }

        /// <summary>Raw bytes on the line, for tests that send garbage.</summary>
        public void SendRaw(byte[] bytes)
        {
            port.Write(bytes, 0, bytes.Length);
        }

        public string ReadUntilPrompt(TimeSpan timeout)
        {
            return ReadUntilPrompt(Stopwatch.StartNew(), timeout);
        }

        /// <param name="clock">started when the wait began; <paramref name="timeout"/> counts from then.</param>
        private string ReadUntilPrompt(Stopwatch clock, TimeSpan timeout)
        {
            while (true)
            {
                string text = pending.ToString();
                int at = text.IndexOf(Prompt, StringComparison.Ordinal);
                if (at >= 0)
                {
                    pending.Remove(0, at + Prompt.Length);
                    return text[..at];
                }

                int left = (int)(timeout - clock.Elapsed).TotalMilliseconds;
                if (left <= 0)
                {
                    throw new TimeoutException("no prompt from the device within " + timeout.TotalSeconds + " s; got: " + Printable(text));
                }

                port.ReadTimeout = left;
                try
                {
                    int count = port.Read(buffer, 0, buffer.Length);
                    pending.Append(Encoding.ASCII.GetString(buffer, 0, count));
                }
                catch (TimeoutException)
                {
                    // Loop once more: the deadline check above reports it with what arrived.
                }
            }
        }

        public void Dispose()
        {
            port.Dispose();
        }

        private void Send(string command)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(command + "\r\n");
            port.Write(bytes, 0, bytes.Length);
        }

        private static string Printable(string text)
        {
            var builder = new StringBuilder();
            foreach (char c in text)
            {
                builder.Append(c >= ' ' && c <= '~' ? c : c == '\n' ? '|' : '.');
            }

            return builder.ToString();
        }
    }
}
