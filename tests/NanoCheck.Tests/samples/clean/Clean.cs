using System;
using System.Collections;
using System.Threading;

// Everything here must compile against the nanoFramework stubs with zero errors, and the emitted IL must
// call nanoFramework's own overloads (Monitor.Enter(object), String.Format/Concat, Delegate.Combine/Remove).
namespace Samples.Clean
{
    public sealed class Resource : IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }

    public sealed class Device
    {
        private readonly object sync = new object();
        private int count;

        // Field-like event: its add/remove accessors use Delegate.Combine/Remove.
        public event EventHandler? Changed;

        public int Count => count;

        public void Bump()
        {
            lock (sync)
            {
                count++;
            }

            Changed?.Invoke(this, EventArgs.Empty);
        }

        public string Describe(int x) => $"count={count} x={x}";

        public string Suffix(string text, char c) => text + c;

        public int Sum(ArrayList items)
        {
            int total = 0;
            foreach (object item in items)
            {
                total += (int)item;
            }

            return total;
        }

        public bool UseResource()
        {
            var resource = new Resource();
            using (resource)
            {
                Bump();
            }

            return resource.Disposed;
        }

        // Eight cases: the compiler switches on a computed string hash.
        public static int Code(string name)
        {
            switch (name)
            {
                case "alpha": return 1;
                case "beta": return 2;
                case "gamma": return 3;
                case "delta": return 4;
                case "epsilon": return 5;
                case "zeta": return 6;
                case "eta": return 7;
                case "theta": return 8;
                default: return 0;
            }
        }
    }

    public static class Wiring
    {
        public static void Wire(Device device, EventHandler handler)
        {
            device.Changed += handler;
            device.Changed -= handler;
        }

        public static void Sleep() => Thread.Sleep(1);
    }
}
