global using Callhome.TestSupport;
