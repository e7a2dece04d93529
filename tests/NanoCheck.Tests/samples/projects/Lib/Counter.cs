using System;

namespace Samples.Lib
{
    public sealed class Counter
    {
        public event EventHandler? Ticked;

        public int Value { get; private set; }

        public void Tick()
        {
            Value++;
            Ticked?.Invoke(this, EventArgs.Empty);
        }
    }
}
