using System;
using System.Collections;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Connection;

namespace Callhome.Portable.Tests.Ssh.Connection
{
    /// <summary>
    /// One direction of an in-memory SSH connection: what one service sends is copied (as the transport
    /// would encrypt it) and queued for the other service's HandleMessage, so tests choose when and in which
    /// order messages arrive. Every message ever sent stays in <see cref="Sent"/> for wire-level checks.
    /// </summary>
    internal sealed class MessagePipe : ISshMessageSender
    {
        private readonly ArrayList queue = new ArrayList();

        public MessagePipe(int maxPayloadLength)
        {
            MaxPayloadLength = maxPayloadLength;
        }

        public int MaxPayloadLength { get; set; }

        /// <summary>The service the queued messages are delivered to.</summary>
        public ConnectionService? Receiver { get; set; }

        /// <summary>Every payload sent, as a copy, in order.</summary>
        public ArrayList Sent { get; } = new ArrayList();

        /// <summary>Deliver each message at once, from inside SendMessage (re-entering the services).</summary>
        public bool Immediate { get; set; }

        public int Pending
        {
            get { return queue.Count; }
        }

        public void SendMessage(byte[] payload, int offset, int count)
        {
            Assert(count <= MaxPayloadLength, "message of " + count + " bytes exceeds the transport's " + MaxPayloadLength);
            byte[] copy = new byte[count];
            Array.Copy(payload, offset, copy, 0, count);
            Sent.Add(copy);
            if (Immediate)
            {
                Assert(Receiver!.HandleMessage(copy, 0, count), "connection message " + copy[0] + " was not consumed");
                return;
            }

            queue.Add(copy);
        }

        /// <summary>Delivers the oldest queued message; false when none is queued.</summary>
        public bool DeliverOne()
        {
            if (queue.Count == 0)
            {
                return false;
            }

            byte[] message = (byte[])queue[0]!;
            queue.RemoveAt(0);
            bool handled = Receiver!.HandleMessage(message, 0, message.Length);
            Assert(handled, "connection message " + message[0] + " was not consumed");
            return true;
        }

        /// <summary>Messages of one number among everything sent.</summary>
        public int CountSent(byte messageNumber)
        {
            int count = 0;
            foreach (byte[] message in Sent)
            {
                if (message[0] == messageNumber)
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>The last message sent, or null.</summary>
        public byte[]? LastSent
        {
            get { return Sent.Count == 0 ? null : (byte[])Sent[Sent.Count - 1]!; }
        }

        private static void Assert(bool condition, string message)
        {
            if (!condition)
            {
                throw new InvalidOperationException(message);
            }
        }
    }
}
