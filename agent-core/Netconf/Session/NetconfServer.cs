using System.Collections;
using System.Threading;
using Callhome.AgentCore.Netconf.Rpc;

namespace Callhome.AgentCore.Netconf.Session
{
    /// <summary>
    /// What the sessions of one device share: the operation table, the capabilities announced in every hello,
    /// session ids (RFC 6241 §8.1: unique, non-zero), the sessions alive (for kill-session, §7.9) and the
    /// running datastore's lock (§7.5). Sessions run on their own channel threads; this object is their lock.
    /// </summary>
    public sealed class NetconfServer
    {
        private readonly ArrayList sessions = new ArrayList();
        private readonly string[] capabilities;
        private int lastId;
        private int lockHolder;
        private int rpcCount;

        public NetconfServer(RpcHandlers handlers, string[] moduleCapabilities, NetconfLimits limits)
        {
            Handlers = handlers;
            Limits = limits;
            capabilities = moduleCapabilities;
        }

        public RpcHandlers Handlers { get; }

        /// <summary>The lock every operation runs under: the one the device's poll loop holds while it reads the
        /// hardware, so an rpc sees and changes a consistent model. Set it before the first session starts.</summary>
        public object DeviceLock { get; set; } = new object();

        /// <summary>Rpcs received by all sessions so far (wraps); the call-home loop's idle timer watches it.</summary>
        public int RpcCount
        {
            get { return rpcCount; }
        }

        public NetconfLimits Limits { get; }

        /// <summary>Capabilities beyond base:1.0 and base:1.1 (features and YANG modules).</summary>
        public string[] Capabilities
        {
            get { return capabilities; }
        }

        /// <summary>The session holding the running datastore's lock, or 0.</summary>
        public int LockHolder
        {
            get
            {
                lock (sessions)
                {
                    return lockHolder;
                }
            }
        }

        public int SessionCount
        {
            get
            {
                lock (sessions)
                {
                    return sessions.Count;
                }
            }
        }

        /// <summary>True when the session may write: nobody holds the lock, or it does (§7.5).</summary>
        public bool MayWrite(int sessionId)
        {
            lock (sessions)
            {
                return lockHolder == 0 || lockHolder == sessionId;
            }
        }

        internal void CountRpc()
        {
            Interlocked.Increment(ref rpcCount);
        }

        internal int Register(NetconfSession session)
        {
            lock (sessions)
            {
                if (sessions.Count >= Limits.MaxSessions)
                {
                    return 0;
                }

                sessions.Add(session);
                lastId = lastId == int.MaxValue ? 1 : lastId + 1;
                return lastId;
            }
        }

        internal void Unregister(NetconfSession session)
        {
            lock (sessions)
            {
                sessions.Remove(session);
                if (lockHolder == session.Id)
                {
                    // §7.5: a lock ends with the session that held it.
                    lockHolder = 0;
                }
            }
        }

        internal NetconfSession? Find(int id)
        {
            lock (sessions)
            {
                for (int i = 0; i < sessions.Count; i++)
                {
                    NetconfSession session = (NetconfSession)sessions[i]!;
                    if (session.Id == id)
                    {
                        return session;
                    }
                }

                return null;
            }
        }

        /// <summary>Takes the lock for the session; returns 0, or the id of the session that holds it.</summary>
        internal int TryLock(int sessionId)
        {
            lock (sessions)
            {
                if (lockHolder != 0)
                {
                    return lockHolder;
                }

                lockHolder = sessionId;
                return 0;
            }
        }

        internal bool Unlock(int sessionId)
        {
            lock (sessions)
            {
                if (lockHolder != sessionId)
                {
                    return false;
                }

                lockHolder = 0;
                return true;
            }
        }
    }
}
