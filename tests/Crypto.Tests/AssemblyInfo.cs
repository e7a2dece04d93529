using System.Runtime.Versioning;

// The backend's target is Linux (/proc/self/maps, getrandom through boards/linux).
[assembly: SupportedOSPlatform("linux")]
