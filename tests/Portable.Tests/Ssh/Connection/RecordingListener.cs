using System.Collections;
using Callhome.AgentCore.Ssh.Connection;
using Callhome.AgentCore.Ssh.Connection.Messages;

namespace Callhome.Portable.Tests.Ssh.Connection
{
    /// <summary>
    /// Records what a <see cref="ConnectionService"/> reports as short event strings ("opened 0 local",
    /// "replied 0 exec ok", ...); data goes to byte collectors and window adjusts to a counter, so the event
    /// list reads as the channel's life.
    /// </summary>
    internal sealed class RecordingListener : IConnectionListener
    {
        public ArrayList Events { get; } = new ArrayList();

        public ByteCollector Received { get; } = new ByteCollector();

        public ByteCollector ReceivedStderr { get; } = new ByteCollector();

        /// <summary>Ordinary data per channel id (the tests use ids below 64).</summary>
        private readonly ByteCollector?[] receivedByChannel = new ByteCollector?[64];

        public int DataMessages { get; private set; }

        public int WindowAdjusts { get; private set; }

        /// <summary>The answer to the peer's channel requests (exec, subsystem, ...).</summary>
        public bool AcceptRequests { get; set; }

        /// <summary>Events joined with "; ", for one-line assertions.</summary>
        public string Log
        {
            get
            {
                string log = string.Empty;
                foreach (string e in Events)
                {
                    log = log.Length == 0 ? e : log + "; " + e;
                }

                return log;
            }
        }

        public void ChannelOpened(int channelId, bool openedByPeer)
        {
            Events.Add("opened " + channelId + (openedByPeer ? " peer" : " local"));
        }

        public void ChannelOpenFailed(int channelId, uint reasonCode, string description)
        {
            Events.Add("open-failed " + channelId + " " + reasonCode);
        }

        public void ChannelData(int channelId, uint dataType, byte[] data, int offset, int count)
        {
            DataMessages++;
            if (dataType == ChannelDataType.Normal)
            {
                Received.Append(data, offset, count);
                ByteCollector? perChannel = receivedByChannel[channelId];
                if (perChannel == null)
                {
                    perChannel = new ByteCollector();
                    receivedByChannel[channelId] = perChannel;
                }

                perChannel.Append(data, offset, count);
            }
            else
            {
                ReceivedStderr.Append(data, offset, count);
            }
        }

        public void ChannelWindowAdjusted(int channelId)
        {
            WindowAdjusts++;
        }

        public void ChannelEof(int channelId)
        {
            Events.Add("eof " + channelId);
        }

        public void ChannelClosed(int channelId)
        {
            Events.Add("closed " + channelId);
        }

        public void ChannelRequestReplied(int channelId, string requestType, bool success)
        {
            Events.Add("replied " + channelId + " " + requestType + (success ? " ok" : " fail"));
        }

        public void ChannelExitStatus(int channelId, uint exitStatus)
        {
            Events.Add("exit " + channelId + " " + exitStatus);
        }

        public byte[] ReceivedOn(int channelId)
        {
            ByteCollector? perChannel = receivedByChannel[channelId];
            return perChannel == null ? new byte[0] : perChannel.ToArray();
        }

        public bool ChannelRequest(int channelId, ChannelRequestMessage request)
        {
            string detail = string.Empty;
            if (request.RequestType == ExecRequest.Type)
            {
                detail = " " + ExecRequest.Parse(request, 1024).Command;
            }
            else if (request.RequestType == SubsystemRequest.Type)
            {
                detail = " " + SubsystemRequest.Parse(request, 1024).Name;
            }
            else if (request.RequestType == PtyRequest.Type)
            {
                PtyRequest pty = PtyRequest.Parse(request, 1024);
                detail = " " + pty.Term + " " + pty.WidthCharacters + "x" + pty.HeightRows;
            }

            Events.Add("request " + channelId + " " + request.RequestType + detail);
            return AcceptRequests;
        }

        public void GlobalRequestReplied(string requestName, bool success)
        {
            Events.Add("global-replied " + requestName + (success ? " ok" : " fail"));
        }
    }
}
