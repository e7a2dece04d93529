using System;
using System.Collections;

namespace Callhome.AgentCore.Ssh.Server
{
    /// <summary>The handlers the layers above register for the server role: one per subsystem name, one for
    /// every exec command, one for the shell. Unregistered requests are refused.</summary>
    public sealed class SshServerHandlers
    {
        private readonly ArrayList names = new ArrayList();
        private readonly ArrayList subsystems = new ArrayList();

        public ISshServerHandler? Exec { get; set; }

        public ISshServerHandler? Shell { get; set; }

        public void RegisterSubsystem(string name, ISshServerHandler handler)
        {
            ArgumentNullException.ThrowIfNull(name);
            ArgumentNullException.ThrowIfNull(handler);
            for (int i = 0; i < names.Count; i++)
            {
                if ((string)names[i]! == name)
                {
                    subsystems[i] = handler;
                    return;
                }
            }

            names.Add(name);
            subsystems.Add(handler);
        }

        public ISshServerHandler? FindSubsystem(string name)
        {
            for (int i = 0; i < names.Count; i++)
            {
                if ((string)names[i]! == name)
                {
                    return (ISshServerHandler)subsystems[i]!;
                }
            }

            return null;
        }
    }
}
