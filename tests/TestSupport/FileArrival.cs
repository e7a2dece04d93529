using System;
using System.IO;
using System.Threading;

namespace Callhome.TestSupport
{
    /// <summary>Waits for a file to appear (created or renamed into place) on the file system's own events.</summary>
    public static class FileArrival
    {
        public static bool WaitFor(string path, TimeSpan timeout)
        {
            using var arrived = new ManualResetEventSlim(false);
            using var watcher = new FileSystemWatcher(Path.GetDirectoryName(path)!, Path.GetFileName(path));
            watcher.Created += (_, _) => arrived.Set();
            watcher.Renamed += (_, _) => arrived.Set();
            watcher.EnableRaisingEvents = true;
            return File.Exists(path) || arrived.Wait(timeout) || File.Exists(path);
        }
    }
}
