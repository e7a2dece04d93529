using System.Runtime.Versioning;
using Xunit;

[assembly: SupportedOSPlatform("linux")]

// Each test starts its own firmware on its own pty; running them one at a time keeps the deadlines honest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
