/** Days a payment the client says is made pauses the reminders while it is checked. */
export const paymentCheckDays = 5;
