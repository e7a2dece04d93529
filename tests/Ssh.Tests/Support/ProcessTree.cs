using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Callhome.Ssh.Tests.Support
{
    /// <summary>Signals a process and all its descendants by PID (from /proc/PID/task/TID/children): SIGSTOP
    /// freezes a forking server together with the child that serves our connection, SIGCONT thaws it.</summary>
    internal static class ProcessTree
    {
        public static List<int> WithDescendants(int root)
        {
            var found = new List<int> { root };
            for (int i = 0; i < found.Count; i++)
            {
                string tasks = "/proc/" + found[i].ToString(CultureInfo.InvariantCulture) + "/task";
                if (!Directory.Exists(tasks))
                {
                    continue;
                }

                foreach (string task in Directory.GetDirectories(tasks))
                {
                    string children;
                    try
                    {
                        children = File.ReadAllText(Path.Combine(task, "children"));
                    }
                    catch (IOException)
                    {
                        continue; // the task ended meanwhile
                    }

                    foreach (string child in children.Split(' ', System.StringSplitOptions.RemoveEmptyEntries))
                    {
                        found.Add(int.Parse(child, CultureInfo.InvariantCulture));
                    }
                }
            }

            return found;
        }

        public static void Signal(IEnumerable<int> pids, string signal)
        {
            var start = new ProcessStartInfo("/bin/kill") { UseShellExecute = false };
            start.ArgumentList.Add(signal);
            foreach (int pid in pids)
            {
                start.ArgumentList.Add(pid.ToString(CultureInfo.InvariantCulture));
            }

            using Process kill = Process.Start(start)!;
            kill.WaitForExit();
        }
    }
}
