using System;
using System.IO;
using Callhome.Boards.Emulator;

namespace Callhome.Emulator.Tests.Model
{
    /// <summary>An emulated board in a state directory deleted after the test.</summary>
    public sealed class TemporaryBoard : IDisposable
    {
        private readonly string state = Path.Combine(Path.GetTempPath(), "callhome-model-" + Guid.NewGuid().ToString("N"));

        public TemporaryBoard(string model)
        {
            Board = new EmulatedBoard(model, state);
        }

        public EmulatedBoard Board { get; }

        public void Dispose()
        {
            if (Directory.Exists(state))
            {
                Directory.Delete(state, true);
            }
        }
    }
}
