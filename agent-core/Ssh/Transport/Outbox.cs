using System;

namespace Callhome.AgentCore.Ssh.Transport
{
    /// <summary>Bytes the session has produced for the driver to send, in order. It grows with what we queue
    /// (never with what the peer sends) and is compacted whenever the driver empties it.</summary>
    public sealed class Outbox
    {
        private byte[] data;
        private int start;
        private int end;

        public Outbox(int initialCapacity)
        {
            data = new byte[initialCapacity];
        }

        public int Count
        {
            get { return end - start; }
        }

        /// <summary>Room for count more bytes; returns the buffer offset to write them at (then call Commit).</summary>
        public int Reserve(int count)
        {
            if (data.Length - end < count)
            {
                int used = end - start;
                int capacity = data.Length;
                while (capacity - used < count)
                {
                    capacity *= 2;
                }

                byte[] grown = capacity == data.Length ? data : new byte[capacity];
                Array.Copy(data, start, grown, 0, used);
                data = grown;
                start = 0;
                end = used;
            }

            return end;
        }

        public byte[] Buffer
        {
            get { return data; }
        }

        public void Commit(int count)
        {
            end += count;
        }

        public void Append(byte[] bytes, int offset, int count)
        {
            int at = Reserve(count);
            Array.Copy(bytes, offset, data, at, count);
            Commit(count);
        }

        /// <summary>Moves up to count queued bytes into destination; returns how many.</summary>
        public int Take(byte[] destination, int offset, int count)
        {
            int n = end - start < count ? end - start : count;
            Array.Copy(data, start, destination, offset, n);
            start += n;
            if (start == end)
            {
                start = 0;
                end = 0;
            }

            return n;
        }
    }
}
