"""calm: coaching for freelancers and VAs when a client writes something difficult."""

__version__ = "0.1.0"
