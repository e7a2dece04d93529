using System;

namespace Callhome.Crypto.Tests
{
    /// <summary>Entry point used only when a test starts this assembly as a child process
    /// (<c>dotnet Callhome.Crypto.Tests.dll --no-openssl-probe exercise|control</c>); xunit never calls it.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            ArgumentNullException.ThrowIfNull(args);
            if (args.Length == 2 && args[0] == "--no-openssl-probe")
            {
                return NoOpenSslProbe.Run(args[1]);
            }

            Console.Error.WriteLine("usage: Callhome.Crypto.Tests --no-openssl-probe exercise|control");
            return 2;
        }
    }
}
