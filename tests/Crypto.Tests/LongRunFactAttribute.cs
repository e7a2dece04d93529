using System;
using Xunit;

namespace Callhome.Crypto.Tests
{
    /// <summary>A fact that runs only when CALLHOME_LONG_TESTS=1 and is reported as skipped otherwise.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public sealed class LongRunFactAttribute : FactAttribute
    {
        public const string Variable = "CALLHOME_LONG_TESTS";

        public LongRunFactAttribute()
        {
            if (Environment.GetEnvironmentVariable(Variable) != "1")
            {
                Skip = "long run: set " + Variable + "=1 to run it";
            }
        }
    }
}
